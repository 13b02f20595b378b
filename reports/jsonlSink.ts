/**
 * The append-only event log. Each line is written with a synchronous write straight to the file descriptor,
 * so a killed run still leaves every line it wrote on disk. What it writes is the `LogCompactor`'s: every event,
 * but exploration's later rounds counted rather than listed, so a long campaign's log stays small.
 */
import type { EventSink } from "../events/runEvent.ts";
import { RedactedLog } from "../secrets/RedactedFile.ts";
import { LogCompactor, type LogCompactorOptions } from "./LogCompactor.ts";

/** Starts a fresh log at `file` (truncating an older run's log) and appends one JSON line per event it keeps. */
export function createJsonlSink(file: string, options: LogCompactorOptions = {}): EventSink {
  const log = new RedactedLog(file);
  const compactor = new LogCompactor((event) => log.writeLine(JSON.stringify(event)), options);
  return {
    emit(event) {
      if (log.closed) throw new Error(`event log ${file} is closed`);
      compactor.emit(event);
    },
    async close() {
      if (log.closed) return;
      compactor.flush();
      log.close();
    },
  };
}
