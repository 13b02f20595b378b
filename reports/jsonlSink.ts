/**
 * The append-only event log. Each line is written with a synchronous write straight to the file descriptor,
 * so a killed run still leaves every line it wrote on disk. What it writes is the `LogCompactor`'s: every event,
 * but exploration's later rounds counted rather than listed, so a long campaign's log stays small.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { EventSink } from "../events/runEvent.ts";
import { LogCompactor, type LogCompactorOptions } from "./LogCompactor.ts";
import { redactSecrets } from "./redactSecrets.ts";

/** Starts a fresh log at `file` (truncating an older run's log) and appends one JSON line per event it keeps. */
export function createJsonlSink(file: string, options: LogCompactorOptions = {}): EventSink {
  mkdirSync(dirname(file), { recursive: true });
  let fd: number | undefined = openSync(file, "w");
  const log = new LogCompactor((event) => {
    if (fd === undefined) throw new Error(`event log ${file} is closed`);
    writeSync(fd, redactSecrets(JSON.stringify(event)) + "\n");
  }, options);
  return {
    emit(event) {
      if (fd === undefined) throw new Error(`event log ${file} is closed`);
      log.emit(event);
    },
    async close() {
      if (fd === undefined) return;
      log.flush();
      closeSync(fd);
      fd = undefined;
    },
  };
}
