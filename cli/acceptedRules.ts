import { MODEL_RULES } from "../model/index.ts";
import type { HistoryEntry } from "../reports/history.ts";
import { UsageError } from "./exitCodes.ts";
import type { ValueCheck } from "./liveValues.ts";

/** A rule the user asked to accept, and where they named it, so a refusal points at the flag or the config file. */
export interface AcceptRequest {
  readonly rule: string;
  readonly from: string;
}

const RULES_LISTED = "`appfabric-harness rules` and the README list them";

/** The config file's `acceptObserved`: rule ids the model knows, the first unknown one named. */
export const knownRuleIds: ValueCheck = (value) => {
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) return "a list of rule ids";
  const unknown = value.find((id) => !MODEL_RULES.some((r) => r.id === id));
  return unknown === undefined ? undefined : `a list of the model's rule ids (${JSON.stringify(unknown)} is none of them; ${RULES_LISTED})`;
};

/**
 * What to accept: the `--accept-observed` flags and the config file's `acceptObserved` together. Accepting is
 * additive, so a list on the command line adds to the file's rather than replacing it.
 */
export function acceptRequests(flags: readonly string[] | undefined, filed: readonly string[], file: string): AcceptRequest[] {
  const given = (flags ?? []).map((rule) => ({ rule, from: `--accept-observed ${rule}` }));
  const fromFile = filed.filter((rule) => !given.some((g) => g.rule === rule)).map((rule) => ({ rule, from: `--config ${file}: "acceptObserved" ${rule}` }));
  return [...given, ...fromFile];
}

/**
 * The rules to accept, each with the fingerprints the service's ledger saw it diverge with: those divergences
 * are what the service does, so they are expected from now on; another way of diverging is not accepted. A
 * documented rule is never accepted (its divergence is a failure of the service), and a rule the ledger never
 * saw refuted has nothing to accept: both are usage errors naming the rule and where it was asked for.
 */
export function acceptedRules(requests: readonly AcceptRequest[], ledger: readonly HistoryEntry[], service: string): Record<string, string[]> {
  const accepted: Record<string, string[]> = {};
  for (const { rule: name, from } of requests) {
    if (accepted[name] !== undefined) continue;
    const rule = MODEL_RULES.find((r) => r.id === name);
    if (rule === undefined) throw new UsageError(`${from}: no such rule; ${RULES_LISTED}`);
    if (rule.confidence === "documented") {
      throw new UsageError(`${from}: the rule is documented by AWS, so a divergence from it is a failure of the service; only observed and assumed rules can be accepted`);
    }
    const fingerprints = new Set(ledger.filter((e) => e.service === service)
      .flatMap((e) => [...Object.keys(e.rules?.[name]?.diverged ?? {}), ...(e.accepted?.[name] ?? [])]));
    if (fingerprints.size === 0) throw new UsageError(`${from}: the ledger of ${service} never saw it refuted, so there is nothing to accept (see \`appfabric-harness rules\`)`);
    accepted[name] = [...fingerprints].sort();
  }
  return accepted;
}
