/**
 * One line of progress: what is done against what is planned (a property's fast-check runs; a split run's
 * properties), with a bar and an ETA from the pace so far; in exploration the run's time against its budget and
 * the run's ETA instead; the shrink steps once a run failed; the calls sent, when counted.
 */
import { budgetClock, runEta, type RunClock } from "./budgetClock.ts";
import { formatDuration, plural } from "./formatNumbers.ts";

export interface Progress {
  readonly label: string;
  /** Done so far, out of `total` when known. */
  readonly done: number;
  readonly total?: number;
  /** What `done` counts, one and many: `["run", "runs"]` for a property's fast-check runs (its cases, not its calls). */
  readonly unit: readonly [one: string, many: string];
  /** Shrink steps after a failing run, shown instead of the count; 0 or absent before. */
  readonly shrinks?: number;
  /** Calls sent to the target. */
  readonly calls?: number;
  readonly elapsedMs: number;
  /** An exploration's budget: the run's ETA replaces the one of `done`, and without a total the bar shows the budget. */
  readonly budget?: RunClock;
}

const BAR_WIDTH = 24;

/** Characters, as the terminal counts them (the bar's blocks are one each). */
const width = (text: string) => [...text].length;

export function progressBar(progress: Progress, columns: number): string {
  const { label, shrinks = 0, calls, elapsedMs, budget } = progress;
  const counted = calls === undefined ? "" : `${plural(calls, "call")} · `;
  // On a narrow terminal an exploration keeps its ETA: the calls and the run's clock give way to it.
  const tails = budget === undefined ? [`${counted}${formatDuration(elapsedMs)}`] : [`${counted}${budgetClock(budget)}`, runEta(budget)];
  // One column short of the width, so the terminal never wraps and `\r` returns to this line.
  const room = Math.max(10, columns - 1);
  const lines = tails.map((tail) => (shrinks > 0 ? `${label} shrinking: ${plural(shrinks, "step")} · ${tail}` : countsLine(progress, tail, room)));
  const line = lines.find((candidate) => width(candidate) <= room) ?? lines.at(-1) ?? "";
  return [...line].slice(0, room).join("");
}

function countsLine({ label, done, total, unit, elapsedMs, budget }: Progress, tail: string, room: number): string {
  let ratio: number | undefined;
  let counts: string;
  if (total !== undefined && total > 0) {
    ratio = Math.min(1, done / total);
    const eta = budget === undefined && done > 0 && done < total ? ` · ETA ${formatDuration((elapsedMs * (total - done)) / done)}` : "";
    counts = `${Math.floor(ratio * 100)}% ${done}/${total} ${unit[1]}${eta} · ${tail}`;
  } else {
    if (budget !== undefined && budget.budgetMs > 0) ratio = Math.min(1, budget.elapsedMs / budget.budgetMs);
    counts = `${done} ${done === 1 ? unit[0] : unit[1]} · ${tail}`;
  }
  if (ratio === undefined) return `${label} ${counts}`;
  // The bar gives way first, so the counts and the ETA stay in sight on a narrow terminal.
  const barWidth = Math.min(BAR_WIDTH, room - width(label) - width(counts) - 2);
  const filled = Math.round(ratio * barWidth);
  return barWidth < 4 ? `${label} ${counts}` : `${label} ${"█".repeat(filled)}${"░".repeat(barWidth - filled)} ${counts}`;
}
