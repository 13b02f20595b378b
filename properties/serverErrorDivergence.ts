import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { Outcome } from "../targets/outcome.ts";
import { showValue } from "./checks/showValue.ts";
import type { Divergence } from "./judging/Divergence.ts";

/** Long inputs are cut in the message; the counterexample keeps the whole case. */
const MAX_REQUEST_CHARS = 2000;

/**
 * A server fault that persisted for the same request through every round of retries: the service cannot handle
 * this input, which is a bug of its own whatever the contract says of the fault (InternalServerException is
 * documented as transient and retryable). Only faults that go away on retry are transient.
 */
export function serverErrorDivergence(operation: OperationName, sent: Readonly<Record<string, unknown>>, outcome: Outcome, rounds: number): Divergence {
  const answered = outcome.ok ? "success" : `${outcome.error.name}${outcome.error.status === undefined ? "" : ` (HTTP ${outcome.error.status})`}: ${outcome.error.message}`;
  return {
    kind: "server-error", operation, check: "persistent-5xx", subject: "outcome.5xx", basis: [],
    message: `answered ${answered} to the same request through ${rounds} rounds of retries; the request: ${showValue(sent, MAX_REQUEST_CHARS)}`,
  };
}
