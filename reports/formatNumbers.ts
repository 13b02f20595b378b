/** Human-readable durations and rates shared by the console and the report files. */
export function formatDuration(ms: number): string {
  // Rounded before it is split, so 599.6 s is 10m 0s, not 9m 60s.
  if (Math.round(ms) < 1000) return `${Math.round(ms)} ms`;
  if (Math.round(ms / 100) < 600) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes}m ${seconds % 60}s` : `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

/** A latency percentile's bucket, e.g. `2–5 ms`, `≤ 1 ms`, `1.0 s–1.4 s`; below 10 ms to a tenth; `–` without calls. */
export function formatLatencyRange(range: { readonly aboveMs: number; readonly upToMs: number } | undefined): string {
  if (range === undefined) return "–";
  const one = (ms: number) => (ms < 10 ? `${Number(ms.toFixed(1))} ms` : formatDuration(ms));
  if (range.aboveMs === 0) return `≤ ${one(range.upToMs)}`;
  const [from, to] = [one(range.aboveMs), one(range.upToMs)];
  return from.endsWith(" ms") && to.endsWith(" ms") ? `${from.slice(0, -3)}–${to}` : `${from}–${to}`;
}

export function callsPerSecond(calls: number, ms: number): string {
  return ms > 0 ? `${((calls / ms) * 1000).toFixed(1)} calls/s` : "n/a calls/s";
}


/** `1 failure`, `2 failures`; `1 class`, `2 classes`. */
export function plural(count: number, word: string): string {
  const many = /y$/.test(word) && !/[aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}${/(s|x|ch|sh)$/.test(word) ? "es" : "s"}`;
  return `${count} ${count === 1 ? word : many}`;
}
