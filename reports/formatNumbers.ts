/** Human-readable durations and rates shared by the console and the report files. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  const secs = Math.round((ms % 60_000) / 1000);
  return minutes < 60 ? `${minutes}m ${secs}s` : `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

export function casesPerSecond(cases: number, ms: number): string {
  return ms > 0 ? `${((cases / ms) * 1000).toFixed(1)} cases/s` : "n/a cases/s";
}


/** `1 failure`, `2 failures`; `1 class`, `2 classes`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : /(s|x|ch|sh)$/.test(word) ? "es" : "s"}`;
}
