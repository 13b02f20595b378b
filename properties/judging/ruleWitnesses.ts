import type { RuleWitness } from "../../events/RuleEvidence.ts";
import type { ModelOutcome, RuleId } from "../../model/index.ts";
import { fingerprintOf } from "../finding.ts";
import type { Divergence } from "./Divergence.ts";

/** The rules a prediction rested on: what decided it, what shaped it, and what each error member's value rests on. */
function predictionRules(prediction: ModelOutcome): RuleId[] {
  const members = prediction.ok ? [] : Object.values(prediction.error.memberBasis ?? {}).flat();
  return [...(prediction.decidedBy ?? []), ...prediction.basis, ...members];
}

/**
 * What one judged call showed of each rule it exercised: a rule some divergence rests on diverged (once per
 * fingerprint), every other rule the prediction or a divergence rests on held. A call seen after a transient
 * failure whose effect is unknown shows nothing: an earlier round may have changed what it answered.
 */
export function ruleWitnesses(prediction: ModelOutcome | undefined, divergences: readonly Divergence[],
  accepted: (divergence: Divergence) => boolean): RuleWitness[] {
  if (divergences.some((d) => d.uncertain)) return [];
  const diverged = new Map<string, RuleWitness>();
  for (const d of divergences) {
    for (const rule of d.basis) {
      const fingerprint = fingerprintOf(d);
      const key = `${rule}\u0000${fingerprint}`;
      if (!diverged.has(key)) diverged.set(key, { rule, diverged: { fingerprint, message: d.message, accepted: accepted(d) } });
    }
  }
  const divergedRules = new Set([...diverged.values()].map((w) => w.rule));
  const held = [...new Set([...(prediction ? predictionRules(prediction) : []), ...divergences.flatMap((d) => d.basis)])]
    .filter((rule) => !divergedRules.has(rule)).map((rule): RuleWitness => ({ rule }));
  return [...held, ...diverged.values()];
}
