import type { Divergence } from "./Divergence.ts";
import type { IsFailure } from "./explainedByLag.ts";
import { judge, type Call } from "./judge.ts";
import type { JudgeEnv, JudgeState } from "./JudgeState.ts";

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** Every call of one order judged in turn, from `state`. */
function judgeInOrder(env: JudgeEnv, state: JudgeState, order: readonly Call[]): { readonly divergences: Divergence[]; readonly next: JudgeState } {
  let current = state;
  const divergences: Divergence[] = [];
  for (const call of order) {
    const judged = judge(env, current, call);
    divergences.push(...judged.divergences);
    current = judged.next;
  }
  return { divergences, next: current };
}

/**
 * Concurrent calls are correct when some order of them, judged one after another, explains every answer
 * (linearizability). Each order is judged from the same state as a candidate; the first that explains
 * everything is the one that happened, and only its state is kept. When none does, the order with the fewest
 * failures is reported, each failure saying so.
 */
export function linearize(env: JudgeEnv, state: JudgeState, calls: readonly Call[], isFailure: IsFailure): { readonly divergences: readonly Divergence[]; readonly next: JudgeState } {
  const cost = (divergences: readonly Divergence[]) => divergences.reduce((sum, d) => sum + (isFailure(d) ? 1000 : 1), 0);
  let best: { divergences: Divergence[]; next: JudgeState; cost: number } | undefined;
  for (const order of permutations(calls)) {
    const judged = judgeInOrder(env, state, order);
    if (judged.divergences.length === 0) return judged;
    if (!best || cost(judged.divergences) < best.cost) best = { ...judged, cost: cost(judged.divergences) };
  }
  if (best === undefined) return { divergences: [], next: state };
  const names = calls.map((c) => c.operation).join(" || ");
  return {
    next: best.next,
    divergences: best.divergences.map((d) => (isFailure(d)
      ? { ...d, message: `${d.message} (no order of the concurrent calls ${names} explains every answer)` }
      : d)),
  };
}
