import type { EventSink } from "../events/runEvent.ts";

export interface FindingCounts {
  failures: number;
  observations: number;
}

/** Counts findings as they pass and drops an observation already reported with the same fingerprint. */
export function countingSink(sink: EventSink): { emit: EventSink["emit"]; counts: FindingCounts } {
  const seen = new Set<string>();
  const counts: FindingCounts = { failures: 0, observations: 0 };
  const emit: EventSink["emit"] = (event) => {
    if (event.type === "finding") {
      const key = `${event.property}|${event.fingerprint}`;
      if (event.severity === "observation" && seen.has(key)) return;
      seen.add(key);
      counts[event.severity === "failure" ? "failures" : "observations"]++;
    }
    sink.emit(event);
  };
  return { emit, counts };
}
