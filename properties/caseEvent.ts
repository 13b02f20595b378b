import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { CaseEvent } from "../events/runEvent.ts";
import type { Outcome } from "../targets/outcome.ts";
import { coverageTags, UNSENT } from "./coverageTags.ts";
import { transientErrorsIn } from "./transientErrors.ts";

/**
 * The coverage tags a call exercises beyond those of its input (a transition, a planted defect); a function
 * when they depend on the answer (whether a defect reached the wire).
 */
export type Coverage = readonly string[] | ((outcome: Outcome) => readonly string[]);

/** The request reached the service: it answered, even if the client could not read the answer. */
function reachedService(outcome: Outcome): boolean {
  return outcome.ok || outcome.error.kind === "service" || outcome.trace.exchanges.some((x) => x.response !== undefined);
}

/**
 * The event of one request. Coverage is what reached the service: the input's tags read off what was sent, and
 * the caller's own (a transition, a planted defect); a request the client never sent marks them unsent.
 */
export function caseEvent(property: string, operation: OperationName, input: Readonly<Record<string, unknown>>, outcome: Outcome, coverage: Coverage): CaseEvent {
  const own = [...coverageTags(operation, outcome.trace.sent ?? input), ...(typeof coverage === "function" ? coverage(outcome) : coverage)];
  return {
    type: "case",
    property,
    operation,
    coverage: reachedService(outcome) ? own : own.map((tag) => (tag.startsWith(UNSENT) ? tag : `${UNSENT}${tag}`)),
    result: outcome.ok ? "ok" : outcome.error.name,
    ...(outcome.ok || outcome.error.status === undefined ? {} : { status: outcome.error.status }),
    durationMs: outcome.trace.durationMs,
    attempts: outcome.trace.attempts,
    transient: transientErrorsIn(outcome),
  };
}
