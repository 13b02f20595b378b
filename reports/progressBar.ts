/** One line of progress for the running property: a bar and ETA when the total is known, a count otherwise. */
import { formatDuration } from "./formatNumbers.ts";

export interface Progress {
  readonly label: string;
  readonly done: number;
  readonly total?: number;
  readonly elapsedMs: number;
}

const BAR_WIDTH = 24;

export function progressBar(progress: Progress, columns: number): string {
  const { label, done, total, elapsedMs } = progress;
  const elapsed = formatDuration(elapsedMs);
  let line: string;
  if (total !== undefined && total > 0) {
    const ratio = Math.min(1, done / total);
    const filled = Math.round(ratio * BAR_WIDTH);
    const eta = done > 0 && done < total ? ` · ETA ${formatDuration((elapsedMs * (total - done)) / done)}` : "";
    line = `${label} ${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)} ${Math.floor(ratio * 100)}% ${done}/${total} · ${elapsed}${eta}`;
  } else {
    line = `${label} ${done} cases · ${elapsed}`;
  }
  // One column short of the width, so the terminal never wraps and `\r` returns to this line.
  return [...line].slice(0, Math.max(10, columns - 1)).join("");
}
