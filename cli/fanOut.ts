import type { EventSink } from "../events/runEvent.ts";

/** One sink that hands every event to several; a failing writer must not silence the others. */
export function fanOut(sinks: readonly EventSink[]): EventSink {
  return {
    emit: (event) => {
      for (const sink of sinks) sink.emit(event);
    },
    close: async () => {
      const results = await Promise.allSettled(sinks.map((sink) => sink.close()));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
      if (failed) throw failed.reason;
    },
  };
}
