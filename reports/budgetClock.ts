/**
 * An exploration's time against its budget, and the run's ETA from it: an exploration runs until its budget is
 * spent, so its end is known from the start, whatever the pace of the property running now.
 */
import { formatDuration } from "./formatNumbers.ts";

export interface RunClock {
  /** Since the run started. */
  readonly elapsedMs: number;
  readonly budgetMs: number;
}

/** `ETA 8m 40s`; once spent, the case in flight and cleanup still finish: `budget spent`. */
export function runEta({ elapsedMs, budgetMs }: RunClock): string {
  return budgetMs > elapsedMs ? `ETA ${formatDuration(budgetMs - elapsedMs)}` : "budget spent";
}

/** `run 1m 20s/10m 0s · ETA 8m 40s`. */
export function budgetClock(clock: RunClock): string {
  return `run ${formatDuration(Math.min(clock.elapsedMs, clock.budgetMs))}/${formatDuration(clock.budgetMs)} · ${runEta(clock)}`;
}
