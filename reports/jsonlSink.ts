/**
 * The append-only event log. Each event is written with a synchronous write straight to the file
 * descriptor, so a killed run still leaves every event it emitted on disk. `progress` events are the
 * console's alone.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { EventSink } from "../events/runEvent.ts";
import { redactSecrets } from "./redactSecrets.ts";

/** Starts a fresh log at `file` (truncating an older run's log) and appends one JSON line per event. */
export function createJsonlSink(file: string): EventSink {
  mkdirSync(dirname(file), { recursive: true });
  let fd: number | undefined = openSync(file, "w");
  return {
    emit(event) {
      if (fd === undefined) throw new Error(`event log ${file} is closed`);
      if (event.type === "progress") return;
      writeSync(fd, redactSecrets(JSON.stringify(event)) + "\n");
    },
    async close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}
