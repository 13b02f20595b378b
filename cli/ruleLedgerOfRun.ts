import { RuleEvidence } from "../events/RuleEvidence.ts";
import type { EventSink, RuleChangeEvent } from "../events/runEvent.ts";
import type { RuleConfidence, RuleInfo } from "../events/RuleTally.ts";
import { MODEL_RULES, type RuleId, type RuleSource } from "../model/index.ts";
import type { AcceptedRules } from "../properties/gradeDivergence.ts";
import { readHistory } from "../reports/history.ts";
import { ruleChanges } from "../reports/ruleChanges.ts";
import { acceptedRules, type AcceptRequest } from "./acceptedRules.ts";

/** Every model rule as the run announces it, so reports list rules never exercised too; its kind is the confidence, the source its words. */
export const RULE_INFOS: readonly RuleInfo[] = MODEL_RULES.map((r) => ({ id: r.id, confidence: r.confidence, source: sourceWords(r.source) }));

function sourceWords(source: RuleSource): string {
  return "documentedBy" in source ? source.documentedBy : "observedBy" in source ? source.observedBy : source.assumedFrom;
}

const CONFIDENCE = new Map<string, RuleConfidence>(MODEL_RULES.map((r) => [r.id, r.confidence]));

/** A rule's confidence by id; undefined for an id the model does not know (a history from another version). */
export const ruleConfidence = (rule: string): RuleConfidence | undefined => CONFIDENCE.get(rule);

export interface RunLedger {
  /** The service the run teaches; absent for a run with a planted bug, which reads the ledger but teaches it nothing. */
  readonly service?: string;
  /** The accepted rules, with their fingerprints, as run.start records them and as the findings store takes them. */
  readonly accepted: Readonly<Record<string, readonly string[]>>;
  readonly acceptedRules: AcceptedRules;
  /** Folds the run's property ends into its rules' evidence. */
  readonly sink: EventSink;
  /** What the run shows that the ledger's latest runs did not (see ruleChanges). */
  changes(at: string): RuleChangeEvent[];
}

/**
 * A run's side of the ledger in the report folder's history: which service it is of, what the user accepted
 * there, and at the end the changes of behaviour it saw. `service` names the service alone (a live account's
 * Region at its endpoint, or the harness's own target): the client that drove it and a planted bug do not
 * make another service.
 */
export function ruleLedgerOfRun(historyFile: string, service: string, teaches: boolean, accept: readonly AcceptRequest[]): RunLedger {
  const ledger = readHistory(historyFile).filter((e) => e.service === service);
  const accepted = acceptedRules(accept, ledger, service);
  const evidence = new RuleEvidence();
  return {
    ...(teaches ? { service } : {}), accepted,
    acceptedRules: new Map(Object.entries(accepted).map(([rule, fingerprints]) => [rule as RuleId, new Set(fingerprints)])),
    sink: { emit: (event) => { if (event.type === "property.end") evidence.add(event.rules); }, close: async () => {} },
    changes: (at) => (teaches ? ruleChanges(ledger, evidence.tallies(), accepted, at, ruleConfidence) : []),
  };
}
