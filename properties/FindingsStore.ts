import { FindingBuckets } from "../events/FindingBuckets.ts";
import { RuleEvidence } from "../events/RuleEvidence.ts";
import type { FindingEvent, PropertyEnd } from "../events/runEvent.ts";
import type { Evidence, Severity } from "../events/Finding.ts";
import type { ModelOutcome } from "../model/index.ts";
import { findingsOf, type Finding } from "./finding.ts";
import { gradeDivergence, isAcceptedDivergence, NO_ACCEPTED_RULES, type AcceptedRules } from "./gradeDivergence.ts";
import type { Divergence } from "./judging/Divergence.ts";
import { ruleWitnesses } from "./judging/ruleWitnesses.ts";

/** Where a failure's smallest counterexample came from, and how to run it again. */
export interface ReplayOf {
  readonly seed?: number;
  readonly path?: string;
  readonly replay?: string;
}

/**
 * The run's findings: where a divergence is graded (once, here: documented, observed, assumed; `--strict`), where
 * graded findings become finding events, and the fold of those events into buckets that decides the run's
 * numbers, as every report's fold of the same events does. Observations are reported the first time a property
 * meets them and counted after that; failures when their property has shrunk its case. Divergences the user
 * accepted (`--accept-observed`) are no findings: they count only as the accepted evidence of their rules.
 */
export class FindingsStore {
  readonly buckets = new FindingBuckets();
  readonly #reported = new Set<string>();
  readonly #hits = new Map<string, Map<string, number>>();
  readonly #rules = new Map<string, RuleEvidence>();

  constructor(readonly strict: boolean, private readonly emit: (event: FindingEvent) => void, readonly accepted: AcceptedRules = NO_ACCEPTED_RULES) {}

  readonly grade = (divergence: Divergence): Severity => gradeDivergence(divergence, this.strict, this.accepted);

  readonly isFailure = (divergence: Divergence): boolean => this.grade(divergence) === "failure";

  readonly isAccepted = (divergence: Divergence): boolean => isAcceptedDivergence(divergence, this.accepted);

  /** One call's divergences, graded and grouped by fingerprint, with the case's evidence; accepted ones are none. */
  findings(divergences: readonly Divergence[], evidence?: Evidence): Finding[] {
    return findingsOf(divergences.filter((d) => !this.isAccepted(d)), this.grade, evidence);
  }

  /** What one judged call of a property showed of the rules it exercised (see ruleWitnesses). */
  witness(property: string, prediction: ModelOutcome | undefined, divergences: readonly Divergence[]): void {
    let evidence = this.#rules.get(property);
    if (!evidence) this.#rules.set(property, (evidence = new RuleEvidence()));
    for (const witness of ruleWitnesses(prediction, divergences, this.isAccepted)) evidence.witness(witness);
  }

  /** Observations one call met: each reported the first time its property meets it. */
  observe(property: string, findings: readonly Finding[], position?: number): void {
    for (const finding of findings) {
      const key = `${property}\u0000${finding.fingerprint}`;
      if (this.#reported.has(key)) continue;
      this.#reported.add(key);
      this.#publish(property, finding, position === undefined ? {} : { position });
    }
  }

  /** A property's smallest failing case: its failures, with the seed, path and command that replay it. */
  fail(property: string, findings: readonly Finding[], replay: ReplayOf, position?: number): void {
    for (const finding of findings) {
      this.#publish(property, finding, { ...replay, ...(position === undefined ? {} : { position }) });
      this.countCase(property, [finding.fingerprint]);
    }
  }

  /** One case of a property hit these findings. */
  countCase(property: string, fingerprints: Iterable<string>): void {
    let hits = this.#hits.get(property);
    if (!hits) this.#hits.set(property, (hits = new Map()));
    for (const fingerprint of new Set(fingerprints)) hits.set(fingerprint, (hits.get(fingerprint) ?? 0) + 1);
  }

  /** What a property's end carries, since the last take: the cases that hit each finding, and its rules' evidence. */
  takeTallies(property: string): Pick<PropertyEnd, "hits" | "rules"> {
    const hits = this.#hits.get(property), rules = this.#rules.get(property)?.tallies();
    this.#hits.delete(property);
    this.#rules.delete(property);
    return { hits: Object.fromEntries(hits ?? []), ...(rules ? { rules } : {}) };
  }

  #publish(property: string, finding: Finding, extra: Partial<FindingEvent>): void {
    const event: FindingEvent = { type: "finding", at: new Date().toISOString(), property, ...finding, ...extra };
    this.buckets.add(event);
    this.emit(event);
  }
}
