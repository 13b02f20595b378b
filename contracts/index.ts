/**
 * The documented contract as a library, for users' own checks: the JSON Schemas of every input, output and
 * error, the validators compiled from them, the operation and error catalogues and the scalar constraints.
 */
export { createContract, type Contract, type SchemaViolation } from "./contract.ts";
export { inputValidator } from "./inputValidator.ts";
export { OPERATIONS, OPERATION_NAMES, labelsOf, type OperationName, type OperationSpec } from "./operationCatalogue.ts";
export { ERRORS, ERROR_NAMES, isErrorName, type ErrorName, type ErrorSpec } from "./errorCatalogue.ts";
export { LENGTHS, ENUMS, UNIONS, type LengthRange } from "./constraints.ts";
export { INPUT_SCHEMAS } from "./schemas/inputs.ts";
export { OUTPUT_SCHEMAS } from "./schemas/outputs.ts";
export { ERROR_SCHEMAS } from "./schemas/errors.ts";
