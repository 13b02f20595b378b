import type { EventSink, RunEvent } from "../events/runEvent.ts";
import { UsageError } from "./exitCodes.ts";

/**
 * In a `--workers` child: every event but `progress` goes to the parent over the IPC channel, in order; close()
 * waits until the last one is handed over, then lets the channel go. A parent that goes away first ends the child.
 */
export function workerSink(): EventSink {
  const send = process.send?.bind(process);
  if (send === undefined) throw new UsageError("--worker is set by --workers on the processes it starts, not given by hand");
  const orphaned = () => process.kill(process.pid, "SIGTERM");
  process.once("disconnect", orphaned);
  let last: Promise<void> = Promise.resolve();
  return {
    emit(event: RunEvent) {
      // The parent draws its own progress line.
      if (event.type === "progress") return;
      last = new Promise((resolve) => send(event, undefined, undefined, () => resolve()));
    },
    async close() {
      await last;
      // An open channel would keep this process alive after its run.
      process.off("disconnect", orphaned);
      process.disconnect?.();
    },
  };
}
