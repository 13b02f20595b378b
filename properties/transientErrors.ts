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

/** The call ended in a server fault (InternalServerException, or any 5xx): retried, then a finding if it persists. */
export function isServerFault(outcome: Outcome): boolean {
  return !outcome.ok && outcome.error.kind === "service"
    && (outcome.error.name === "InternalServerException" || (outcome.error.status !== undefined && outcome.error.status >= 500));
}

/** The call still ended in a transient error once the client's retries were spent: throttling (429) or a server fault. */
export function isTransientFailure(outcome: Outcome): boolean {
  return !outcome.ok && outcome.error.kind === "service"
    && (isTransientName(outcome.error.name) || outcome.error.status === 429 || isServerFault(outcome));
}
