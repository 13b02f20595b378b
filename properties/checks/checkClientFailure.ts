import type { OperationName } from "../../contracts/operationCatalogue.ts";
import type { ModelOutcome } from "../../model/index.ts";
import type { Outcome } from "../../targets/outcome.ts";
import type { Finding } from "../finding.ts";

/** The prediction says the input breaks the contract: a client may refuse to send it. */
function refusedForFields(prediction: ModelOutcome): boolean {
  return !prediction.ok && prediction.error.name === "ValidationException" && (prediction.decidedBy ?? prediction.basis).includes("input.validation");
}

/**
 * The client failed where no service answer explains it: it refused to send an input the contract accepts, or
 * it failed on an answer that broke no check of the exchange (`answerFindings`: the wire and contract
 * findings of this call). An answer outside the contract explains the failure, and is reported as itself.
 */
export function checkClientFailure(operation: OperationName, outcome: Outcome, prediction: ModelOutcome, answerFindings: readonly Finding[]): Finding[] {
  if (outcome.ok || outcome.error.kind !== "client") return [];
  const { name, message } = outcome.error;
  if (outcome.trace.exchanges.length === 0) {
    return refusedForFields(prediction) ? [] : [{
      kind: "client", severity: "failure", operation, check: "refused-valid-input",
      message: `the client refused to send an input the contract accepts: ${name}: ${message}`,
    }];
  }
  return answerFindings.length > 0 ? [] : [{
    kind: "client", severity: "failure", operation, check: "failed-on-valid-answer",
    message: `the client failed on an answer that keeps the contract: ${name}: ${message}`,
  }];
}
