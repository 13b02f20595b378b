import type { Severity } from "../events/runEvent.ts";
import { MODEL_RULES, type RuleId } from "../model/index.ts";
import type { Divergence } from "./judging/Divergence.ts";

const CONFIDENCE = new Map(MODEL_RULES.map((r) => [r.id, r.confidence]));

/** The rules of a basis that are not documented. */
export function assumedRulesIn(basis: readonly RuleId[]): RuleId[] {
  return basis.filter((id) => CONFIDENCE.get(id) !== "documented");
}

/**
 * A divergence is a failure only when everything it rests on is documented; one resting on an observed or
 * assumed rule is an observation, unless the run is strict. Seen after a transient failure whose effect is
 * unknown, it is an observation whatever it rests on.
 */
export function gradeDivergence(divergence: Divergence, strict: boolean): Severity {
  if (divergence.uncertain) return "observation";
  if (strict) return "failure";
  return assumedRulesIn(divergence.basis).length === 0 ? "failure" : "observation";
}
