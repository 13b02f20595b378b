/**
 * Fixed, log-spaced latency buckets: a histogram built while the run goes needs no stored durations,
 * and one scale fits both in-process emulator calls and live network calls.
 */
export const LATENCY_BOUNDS_MS: readonly number[] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

/** Index of the bucket holding `ms`; the last index is the open-ended bucket above the largest bound. */
export function latencyBucket(ms: number): number {
  const index = LATENCY_BOUNDS_MS.findIndex((bound) => ms <= bound);
  return index === -1 ? LATENCY_BOUNDS_MS.length : index;
}

export function latencyLabels(): string[] {
  const last = LATENCY_BOUNDS_MS[LATENCY_BOUNDS_MS.length - 1] ?? 0;
  return [...LATENCY_BOUNDS_MS.map((bound) => `≤${bound} ms`), `>${last} ms`];
}
