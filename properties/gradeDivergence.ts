import type { Severity } from "../events/Finding.ts";
import { MODEL_RULES, type RuleId } from "../model/index.ts";
import type { Divergence } from "./judging/Divergence.ts";
import { fingerprintOf } from "./finding.ts";

const CONFIDENCE = new Map(MODEL_RULES.map((r) => [r.id, r.confidence]));

/** Rules the user accepted as the service does them on this target (`--accept-observed`), each with the fingerprints of the divergences accepted. */
export type AcceptedRules = ReadonlyMap<RuleId, ReadonlySet<string>>;

export const NO_ACCEPTED_RULES: AcceptedRules = new Map();

/** The rules of a basis that are not documented. */
export function assumedRulesIn(basis: readonly RuleId[]): RuleId[] {
  return basis.filter((id) => CONFIDENCE.get(id) !== "documented");
}

/**
 * A divergence the user accepted: an undocumented rule it rests on is accepted with this very fingerprint. The
 * accepted behaviour is then the prediction, and it explains the answer whatever else the prediction assumed (a
 * create refused for its format combination also carried tags beyond AWS's rules). One resting on documented
 * rules alone is never accepted, and a new way of diverging from an accepted rule is not this one.
 */
export function isAcceptedDivergence(divergence: Divergence, accepted: AcceptedRules): boolean {
  const assumed = assumedRulesIn(divergence.basis);
  const fingerprint = fingerprintOf(divergence);
  return assumed.length > 0 && assumed.some((rule) => accepted.get(rule)?.has(fingerprint) === true);
}

/**
 * A divergence is a failure only when everything it rests on is documented; one resting on an observed or
 * assumed rule is an observation, unless the run is strict. Seen after a transient failure whose effect is
 * unknown, it is an observation whatever it rests on; one the user accepted is never a failure (the findings
 * store keeps it out of the findings altogether).
 */
export function gradeDivergence(divergence: Divergence, strict: boolean, accepted: AcceptedRules = NO_ACCEPTED_RULES): Severity {
  if (divergence.uncertain || isAcceptedDivergence(divergence, accepted)) return "observation";
  if (strict) return "failure";
  return assumedRulesIn(divergence.basis).length === 0 ? "failure" : "observation";
}
