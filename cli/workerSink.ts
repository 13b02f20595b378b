import type { EventSink, RunEvent } from "../events/runEvent.ts";
import { LogCompactor } from "../reports/LogCompactor.ts";
import { UsageError } from "./exitCodes.ts";

/** How often a worker's counted calls reach the parent: its progress line moves this often in later rounds. */
const COUNTS_EVERY_MS = 1000;

/**
 * In a `--workers` child: the events the event log keeps go to the parent over the IPC channel, in order, so an
 * exploration's later rounds cross as counts, not a message per call (which kept the parent as busy as a worker);
 * close() waits until the last one is handed over, then lets the channel go. A parent that goes away first ends the child.
 */
export function workerSink(): EventSink {
  const send = process.send?.bind(process);
  if (send === undefined) throw new UsageError("--worker is set by --workers on the processes it starts, not given by hand");
  const orphaned = () => process.kill(process.pid, "SIGTERM");
  process.once("disconnect", orphaned);
  let last: Promise<void> = Promise.resolve();
  // The compactor leaves out `progress` events too: the parent draws its own progress line.
  const log = new LogCompactor((event: RunEvent) => {
    last = new Promise((resolve) => send(event, undefined, undefined, () => resolve()));
  }, { flushMs: COUNTS_EVERY_MS });
  return {
    emit(event: RunEvent) {
      log.emit(event);
    },
    async close() {
      log.flush();
      await last;
      // An open channel would keep this process alive after its run.
      process.off("disconnect", orphaned);
      process.disconnect?.();
    },
  };
}
