import type { Contract } from "../contracts/contract.ts";
import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { ModelOutcome } from "../model/index.ts";
import type { Outcome } from "../targets/outcome.ts";
import { checkClientFailure } from "./checks/checkClientFailure.ts";
import { checkCompleteListing } from "./checks/checkCompleteListing.ts";
import { checkContract } from "./checks/checkContract.ts";
import { checkDocumentedErrors } from "./checks/checkDocumentedErrors.ts";
import { checkInvariants } from "./checks/checkInvariants.ts";
import { checkModel } from "./checks/checkModel.ts";
import { checkTagSet } from "./checks/checkTagSet.ts";
import { checkValidAccepted } from "./checks/checkValidAccepted.ts";
import { checkWire } from "./checks/checkWire.ts";
import type { Divergence } from "./judging/Divergence.ts";

/** Every check that applies to one call; all of them run, so one call shows everything it diverges in. */
export function checkCall(contract: Contract, operation: OperationName, sent: Readonly<Record<string, unknown>>, outcome: Outcome, prediction: ModelOutcome): Divergence[] {
  // On the wire the raw bodies are held to the contract; the parsed form would hide what the client dropped.
  const exchanges = outcome.trace.exchanges;
  const answer = exchanges.length > 0 ? checkWire(contract, operation, exchanges) : checkContract(contract, operation, outcome);
  return [
    ...answer,
    ...checkDocumentedErrors(operation, outcome),
    ...checkInvariants(operation, outcome),
    ...checkClientFailure(operation, outcome, prediction, answer),
    ...checkModel(operation, outcome, prediction),
    ...checkValidAccepted(operation, outcome, prediction),
    ...checkCompleteListing(operation, sent, outcome, prediction),
    ...checkTagSet(operation, outcome, prediction),
  ];
}
