import { ERRORS, isErrorName } from "../contracts/errorCatalogue.ts";
import type { Outcome } from "../targets/outcome.ts";

function isTransientName(name: string): boolean {
  return isErrorName(name) && ERRORS[name].transient;
}

/** The documented transient errors (throttling, internal) a call met, retried ones included. */
export function transientErrorsIn(outcome: Outcome): string[] {
  const seen = outcome.trace.exchanges
    .map((x) => x.response?.headers["x-amzn-errortype"]?.split(":")[0] ?? "")
    .filter(isTransientName);
  if (!outcome.ok && isTransientName(outcome.error.name) && seen.length < outcome.trace.attempts) seen.push(outcome.error.name);
  return seen;
}

/** The call still ended in a transient documented error once the client's retries were spent. */
export function isTransientFailure(outcome: Outcome): boolean {
  return !outcome.ok && outcome.error.kind === "service" && isTransientName(outcome.error.name);
}
