/** A rate measured over a fixed wall-clock window: how many units of work per second. */
export interface Rate {
  readonly label: string;
  readonly units: number;
  readonly seconds: number;
  readonly perSecond: number;
}

/** Runs `batch` repeatedly for about `seconds` (after a short warm-up) and reports units per second. */
export async function measure(label: string, seconds: number, batch: () => Promise<number>): Promise<Rate> {
  const warmUntil = performance.now() + Math.min(500, seconds * 250);
  while (performance.now() < warmUntil) await batch();
  let units = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) units += await batch();
  const elapsed = (performance.now() - started) / 1000;
  return { label, units, seconds: elapsed, perSecond: units / elapsed };
}

export function formatRate(rate: Rate, baseline?: Rate): string {
  const ratio = baseline ? `  ${(rate.perSecond / baseline.perSecond).toFixed(2)}x of ${baseline.label}` : "";
  return `${rate.label.padEnd(44)} ${rate.perSecond.toFixed(0).padStart(8)}/s${ratio}`;
}
