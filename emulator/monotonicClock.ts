/** A wall clock that never goes backwards, even when the system time is set back. */
export function monotonicClock(now: () => number = Date.now): () => Date {
  let last = Number.NEGATIVE_INFINITY;
  return () => {
    last = Math.max(last, now());
    return new Date(last);
  };
}
