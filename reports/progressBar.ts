/**
 * One line of progress: what is done against what is planned (a property's fast-check runs; a split run's
 * properties or seconds), with a bar and an ETA from the pace so far; the shrink steps once a run failed; the
 * calls sent, when counted.
 */
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
}

const BAR_WIDTH = 24;

/** Characters, as the terminal counts them (the bar's blocks are one each). */
const width = (text: string) => [...text].length;

export function progressBar(progress: Progress, columns: number): string {
  const { label, done, total, unit, shrinks = 0, calls, elapsedMs } = progress;
  const tail = `${calls === undefined ? "" : `${plural(calls, "call")} · `}${formatDuration(elapsedMs)}`;
  // One column short of the width, so the terminal never wraps and `\r` returns to this line.
  const room = Math.max(10, columns - 1);
  let line: string;
  if (shrinks > 0) {
    line = `${label} shrinking: ${plural(shrinks, "step")} · ${tail}`;
  } else if (total !== undefined && total > 0) {
    const ratio = Math.min(1, done / total);
    const eta = done > 0 && done < total ? ` · ETA ${formatDuration((elapsedMs * (total - done)) / done)}` : "";
    const counts = `${Math.floor(ratio * 100)}% ${done}/${total} ${unit[1]}${eta} · ${tail}`;
    // The bar gives way first, so the counts and the ETA stay in sight on a narrow terminal.
    const barWidth = Math.min(BAR_WIDTH, room - width(label) - width(counts) - 2);
    const filled = Math.round(ratio * barWidth);
    line = barWidth < 4 ? `${label} ${counts}` : `${label} ${"█".repeat(filled)}${"░".repeat(barWidth - filled)} ${counts}`;
  } else {
    line = `${label} ${done} ${done === 1 ? unit[0] : unit[1]} · ${tail}`;
  }
  return [...line].slice(0, room).join("");
}
