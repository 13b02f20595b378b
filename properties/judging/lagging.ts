import type { ModelState } from "../../model/index.ts";
import { explainedByLag, LAGGING_READS, type IsFailure } from "./explainedByLag.ts";
import { predict, type Call, type Judgement } from "./judge.ts";
import { writesWithin, type JudgeEnv, type JudgeState } from "./JudgeState.ts";

/** The states a read may still show at `now`, newest first, and until when the newest of them excuses a disagreement. */
export function recentStates(env: JudgeEnv, state: JudgeState, now: number): { readonly states: readonly ModelState[]; readonly since: number; readonly until: number } | undefined {
  const writes = writesWithin(state, env.windowMs, now);
  const newest = writes.at(-1);
  return newest === undefined ? undefined : { states: writes.map((w) => w.before).reverse(), since: newest.at, until: newest.at + env.windowMs };
}

/**
 * Whether a call's disagreement is one a write not yet visible explains, against the states recent writes left
 * behind: a read whose failures the model run against such a state does not have, or a write refused where
 * success is due with the very error such a state predicts (a refused write changed nothing, so it is safe to
 * send again). Pure: it judges candidate states and changes none.
 */
export function lagging(env: JudgeEnv, state: JudgeState, call: Call, judged: Judgement, isFailure: IsFailure, recent: readonly ModelState[]): boolean {
  const { outcome } = call.sent;
  const sent = outcome.trace.sent ?? call.input;
  const from = (model: ModelState) => predict(env, { ...state, model }, call);
  if (LAGGING_READS.has(call.operation)) {
    return judged.divergences.some(isFailure) && explainedByLag(call.operation, sent, outcome, judged.prediction, recent, from, isFailure);
  }
  if (outcome.ok || outcome.error.kind !== "service" || !judged.prediction.ok) return false;
  const refusal = outcome.error.name;
  return recent.some((model) => {
    const then = from(model);
    return !then.ok && then.error.name === refusal;
  });
}
