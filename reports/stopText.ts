import type { RunEnd } from "../events/runEvent.ts";
import { plural } from "./formatNumbers.ts";

/** What ended a run before its planned cases, and what it left unrun, as every surface says it; undefined when nothing did. */
export function stopText(end: RunEnd | undefined): string | undefined {
  if (end?.stoppedBy === undefined) return undefined;
  const why = end.stoppedBy === "interrupted" ? `interrupted by ${end.signal ?? "a signal"}`
    : end.stoppedBy === "max-failures" ? `stopped early at ${plural(end.failures, "failure")} (--max-failures)`
    : `stopped by the ${end.stoppedBy}`;
  return `${why}${end.notRun?.length ? `; not run: ${end.notRun.join(", ")}` : ""}`;
}
