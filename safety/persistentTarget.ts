import { isTransientFailure } from "../properties/transientErrors.ts";
import type { Outcome } from "../targets/outcome.ts";
import type { Target } from "../targets/target.ts";

/** How long teardown and cleanup may keep re-sending, and the clock they read. */
export interface PersistenceBudget {
  /** Epoch milliseconds after which no call is sent again. */
  readonly deadline: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Pause between rounds when the answer names no Retry-After: doubling from 1 s, at most 20 s (the SDK's cap). */
const FIRST_PAUSE_MS = 1000;
const MAX_PAUSE_MS = 20_000;

/** The wait the last answer asked for in its Retry-After header (seconds, or an HTTP date). */
function retryAfterMs(outcome: Outcome, now: number): number | undefined {
  const value = outcome.trace.exchanges.at(-1)?.response?.headers["retry-after"];
  if (value === undefined || value.trim() === "") return undefined;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
  return Number.isNaN(ms) ? undefined : Math.min(Math.max(0, ms), MAX_PAUSE_MS);
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A target whose calls outlast throttling and server faults: a call that still ends in one once the client's
 * own retries are spent is sent again as it went on the wire (a clientToken repeats, so a create stays one
 * create), after the pause the answer asked for (Retry-After) or a doubling one, until the budget's deadline.
 * Teardown must not give up on a throttled delete that a minute's patience would have finished; the deadline
 * keeps a service that never recovers from holding the run forever. Other answers come back at once.
 */
export function persistentTarget(inner: Target, budget: PersistenceBudget): Target {
  const now = budget.now ?? Date.now;
  const sleep = budget.sleep ?? realSleep;
  return {
    ...inner,
    async send(operation, input) {
      let outcome = await inner.send(operation, input);
      for (let round = 0; isTransientFailure(outcome); round++) {
        const pause = retryAfterMs(outcome, now()) ?? Math.min(FIRST_PAUSE_MS * 2 ** round, MAX_PAUSE_MS);
        if (now() + pause >= budget.deadline) return outcome;
        await sleep(pause);
        outcome = await inner.send(operation, outcome.trace.sent ?? input);
      }
      return outcome;
    },
  };
}
