import type { OperationName } from "../../contracts/operationCatalogue.ts";
import type { ModelOutcome } from "../../model/index.ts";
import type { Outcome } from "../../targets/outcome.ts";
import type { Divergence } from "../judging/Divergence.ts";

/** The prediction says the input breaks the contract: a client may refuse to send it. */
function refusedForFields(prediction: ModelOutcome): boolean {
  return !prediction.ok && prediction.error.name === "ValidationException" && (prediction.decidedBy ?? prediction.basis).includes("input.validation");
}

/**
 * The client failed where no service answer explains it: it refused to send an input the contract accepts, or
 * it failed on an answer that broke no check of the exchange (`answerDivergences`: the wire and contract
 * divergences of this call). An answer outside the contract explains the failure, and is reported as itself.
 */
export function checkClientFailure(operation: OperationName, outcome: Outcome, prediction: ModelOutcome, answerDivergences: readonly Divergence[]): Divergence[] {
  if (outcome.ok || outcome.error.kind !== "client") return [];
  const { name, message } = outcome.error;
  if (outcome.trace.exchanges.length === 0) {
    return refusedForFields(prediction) ? [] : [{
      kind: "client", operation, check: "refused-valid-input", subject: "client.refused-valid-input", basis: ["input.validation"],
      message: `the client refused to send an input the contract accepts: ${name}: ${message}`,
    }];
  }
  return answerDivergences.length > 0 ? [] : [{
    kind: "client", operation, check: "failed-on-valid-answer", subject: "client.failed-on-valid-answer", basis: [],
    message: `the client failed on an answer that keeps the contract: ${name}: ${message}`,
  }];
}
