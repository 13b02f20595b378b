import { setTimeout as sleep } from "node:timers/promises";
import type { ModelState } from "../model/index.ts";

/** The first pause before a lagging read is sent again; it doubles up to the end of the window. */
const FIRST_LAG_WAIT_MS = 50;

/** The states a read may still show, and the span (epoch ms) of the writes that left them. */
export interface RecentWrites {
  readonly states: readonly ModelState[];
  readonly since: number;
  readonly until: number;
}

/**
 * Eventual consistency: while what a read showed (`first`) disagrees only as a write not yet visible explains
 * (`isLagging`, given the states recent writes left behind), it is read again (`again`) with backoff until it
 * agrees or the window after that write ends. The last value is the one to judge; `onLag` hears how long it took.
 */
export async function untilVisible<T>(recent: RecentWrites | undefined, first: T, isLagging: (states: readonly ModelState[]) => boolean,
  again: (states: readonly ModelState[]) => Promise<{ readonly value: T; readonly lagging: boolean }>,
  onLag: (lagMs: number, settled: boolean) => void): Promise<T> {
  if (recent === undefined || !isLagging(recent.states)) return first;
  let value = first;
  let settled = false;
  for (let wait = FIRST_LAG_WAIT_MS; !settled; wait *= 2) {
    const left = recent.until - Date.now();
    if (left <= 0) break;
    await sleep(Math.min(wait, left));
    const next = await again(recent.states);
    value = next.value;
    settled = !next.lagging;
  }
  onLag(Math.round(Date.now() - recent.since), settled);
  return value;
}
