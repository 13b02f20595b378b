import type { Severity } from "../events/runEvent.ts";
import { MODEL_RULES, type RuleId } from "../model/rules.ts";

const CONFIDENCE = new Map(MODEL_RULES.map((r) => [r.id, r.confidence]));

/**
 * A divergence is a failure only when every rule behind the prediction is documented;
 * one resting on an observed or assumed rule is an observation, unless the run is strict.
 */
export function severityOf(basis: readonly RuleId[], strict: boolean): Severity {
  if (strict) return "failure";
  return basis.every((id) => CONFIDENCE.get(id) === "documented") ? "failure" : "observation";
}

export function assumedRulesIn(basis: readonly RuleId[]): RuleId[] {
  return basis.filter((id) => CONFIDENCE.get(id) !== "documented");
}
