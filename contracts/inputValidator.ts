import type { Contract } from "./contract.ts";
import { isOperationName } from "./operationCatalogue.ts";
import { toFieldViolations, type FieldViolation } from "./toFieldViolations.ts";

/**
 * The contract's input checks in ValidationException's fieldList form: what the reference model is given as
 * its validator, so every documented constraint has one source.
 */
export function inputValidator(contract: Contract): (operation: string, input: Readonly<Record<string, unknown>>) => FieldViolation[] {
  return (operation, input) => (isOperationName(operation) ? toFieldViolations(contract.checkInput(operation, input)) : []);
}
