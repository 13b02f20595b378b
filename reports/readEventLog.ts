/** Reads a JSON Lines event log back into events, tolerating the torn last line a kill can leave. */
import { isRunEvent } from "../events/isRunEvent.ts";
import type { RunEvent } from "../events/runEvent.ts";
import { readRegularFile } from "../files/readRegularFile.ts";

export interface EventLog {
  readonly events: readonly RunEvent[];
  /** Lines that were not events (a torn last line, stray output), by 1-based line number. */
  readonly skippedLines: readonly number[];
}

export function readEventLog(file: string): EventLog {
  const events: RunEvent[] = [];
  const skippedLines: number[] = [];
  readRegularFile(file).split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    const event = parseEvent(line);
    if (event) events.push(event);
    else skippedLines.push(index + 1);
  });
  return { events, skippedLines };
}

function parseEvent(line: string): RunEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  // A line of a known type but the wrong shape (a damaged or hand-edited log) is skipped like a torn one.
  return isRunEvent(value) ? value : undefined;
}
