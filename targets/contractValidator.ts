import type { Contract } from "../contracts/contract.ts";
import type { OperationName } from "../contracts/operationCatalogue.ts";
import { toFieldViolations } from "../contracts/toFieldViolations.ts";
import type { InputValidator } from "../model/index.ts";

/** The model's input validation is the contract's: one source for every documented constraint. */
export function contractValidator(contract: Contract): InputValidator {
  return (operation, input) => toFieldViolations(contract.checkInput(operation as OperationName, input));
}
