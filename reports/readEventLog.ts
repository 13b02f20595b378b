/** Reads a JSON Lines event log back into events, tolerating the torn last line a kill can leave. */
import { readFileSync } from "node:fs";
import type { RunEvent } from "../events/runEvent.ts";

/** Every event type, as a record keyed by the union: a new type of event fails to compile until it is listed here. */
const KNOWN: Readonly<Record<RunEvent["type"], true>> = {
  "run.start": true, round: true, "property.start": true, case: true, cases: true, progress: true, finding: true, inconclusive: true,
  lag: true, plan: true, "property.end": true, infrastructure: true, "run.end": true,
};
const EVENT_TYPES: ReadonlySet<string> = new Set(Object.keys(KNOWN));

export interface EventLog {
  readonly events: readonly RunEvent[];
  /** Lines that were not events (a torn last line, stray output), by 1-based line number. */
  readonly skippedLines: readonly number[];
}

export function readEventLog(file: string): EventLog {
  const events: RunEvent[] = [];
  const skippedLines: number[] = [];
  readFileSync(file, "utf8").split("\n").forEach((line, index) => {
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
  // The log is the harness's own output, so a known `type` is trusted to carry that event's fields.
  const isEvent = typeof value === "object" && value !== null && "type" in value && typeof value.type === "string" && EVENT_TYPES.has(value.type);
  return isEvent ? (value as RunEvent) : undefined;
}
