import { OPERATIONS } from "../contracts/operationCatalogue.ts";
import { EMPTY_STATE, step, type ModelState } from "../model/index.ts";
import type { HandleFactory } from "./types.ts";

interface Snapshot {
  /** When this state became current, on `clock`. */
  readonly at: number;
  readonly state: ModelState;
}

/**
 * An eventually consistent service: reads (Get*, List*, ListTagsForResource) answer from the state that was
 * current `delayMs` ago, writes act on the current state. No bug: AWS documents no read-after-write
 * consistency for AppFabric, so a harness must allow for it. Snapshots no read can see any more are dropped.
 */
export function delayedVisibility(delayMs: number, clock: () => number = () => performance.now()): HandleFactory {
  return (env) => {
    // Oldest first; the first is the newest state a read can see.
    const history: Snapshot[] = [{ at: -Infinity, state: EMPTY_STATE }];
    return (operation, input) => {
      const now = clock();
      while (history.length > 1 && (history[1] as Snapshot).at <= now - delayMs) history.shift();
      if (OPERATIONS[operation].readonly) return step((history[0] as Snapshot).state, operation, input, env).outcome;
      const current = (history.at(-1) as Snapshot).state;
      const next = step(current, operation, input, env);
      if (next.state !== current) history.push({ at: now, state: next.state });
      return next.outcome;
    };
  };
}
