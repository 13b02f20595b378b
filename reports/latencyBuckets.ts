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

/** Where a percentile of an operation's calls lies: above `aboveMs`, at most `upToMs`. */
export interface LatencyRange {
  readonly aboveMs: number;
  readonly upToMs: number;
}

/**
 * The bucket the q-th quantile (0..1) of the calls falls in, read off the histogram: exact to its bucket, no
 * finer (the bounds above, so within a factor of 2 to 2.5); the slowest call caps the upper end. Undefined
 * without calls.
 */
export function latencyPercentile(latency: { readonly buckets: readonly number[]; readonly count: number; readonly maxMs: number }, q: number): LatencyRange | undefined {
  if (latency.count === 0) return undefined;
  const rank = Math.max(1, Math.ceil(q * latency.count));
  let seen = 0;
  const index = latency.buckets.findIndex((count) => (seen += count) >= rank);
  const bucket = index === -1 ? LATENCY_BOUNDS_MS.length : index;
  return { aboveMs: bucket === 0 ? 0 : LATENCY_BOUNDS_MS[bucket - 1] ?? 0, upToMs: Math.min(LATENCY_BOUNDS_MS[bucket] ?? Infinity, latency.maxMs) };
}

/** How the reports' p50 and p95 are read, said beside them. */
export const PERCENTILE_NOTE = "p50 and p95 are read off the latency histogram: the bucket each falls in (bounds 1, 2, 5, 10, 20, 50 ms and so on), capped by the slowest call.";
