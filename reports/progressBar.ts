/**
 * One line of progress for the running property: fast-check's runs against the runs planned, with a bar and an
 * ETA from the pace so far; the shrink steps once a run failed; the calls sent either way.
 */
import { formatDuration, plural } from "./formatNumbers.ts";

export interface Progress {
  readonly label: string;
  /** fast-check runs ended (the property's cases), out of `total` when known. */
  readonly runs: number;
  readonly total?: number;
  /** Shrink steps after a failing run; 0 before. */
  readonly shrinks: number;
  /** Calls sent to the target. */
  readonly calls: number;
  readonly elapsedMs: number;
}

const BAR_WIDTH = 24;

/** Characters, as the terminal counts them (the bar's blocks are one each). */
const width = (text: string) => [...text].length;

export function progressBar(progress: Progress, columns: number): string {
  const { label, runs, total, shrinks, calls, elapsedMs } = progress;
  const tail = `${plural(calls, "call")} · ${formatDuration(elapsedMs)}`;
  // One column short of the width, so the terminal never wraps and `\r` returns to this line.
  const room = Math.max(10, columns - 1);
  let line: string;
  if (shrinks > 0) {
    line = `${label} shrinking: ${plural(shrinks, "step")} · ${tail}`;
  } else if (total !== undefined && total > 0) {
    const ratio = Math.min(1, runs / total);
    const eta = runs > 0 && runs < total ? ` · ETA ${formatDuration((elapsedMs * (total - runs)) / runs)}` : "";
    const counts = `${Math.floor(ratio * 100)}% ${runs}/${total} runs${eta} · ${tail}`;
    // The bar gives way first, so the counts and the ETA stay in sight on a narrow terminal.
    const barWidth = Math.min(BAR_WIDTH, room - width(label) - width(counts) - 2);
    const filled = Math.round(ratio * barWidth);
    line = barWidth < 4 ? `${label} ${counts}` : `${label} ${"█".repeat(filled)}${"░".repeat(barWidth - filled)} ${counts}`;
  } else {
    line = `${label} ${plural(runs, "run")} · ${tail}`;
  }
  return [...line].slice(0, room).join("");
}
