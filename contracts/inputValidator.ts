import type { Contract } from "./contract.ts";
import { isOperationName } from "./operationCatalogue.ts";
import { toFieldViolations, type FieldViolation } from "./toFieldViolations.ts";

/**
 * The contract's input checks in ValidationException's fieldList form: what the reference model is given as
 * its validator, so every documented constraint has one source. Results are kept per input object: an
 * in-process target and the oracle shadowing it validate the very same (never mutated) input.
 */
export function inputValidator(contract: Contract): (operation: string, input: Readonly<Record<string, unknown>>) => FieldViolation[] {
  const cache = new WeakMap<object, { operation: string; violations: FieldViolation[] }>();
  return (operation, input) => {
    const known = cache.get(input);
    if (known?.operation === operation) return known.violations;
    const violations = isOperationName(operation) ? toFieldViolations(contract.checkInput(operation, input)) : [];
    cache.set(input, { operation, violations });
    return violations;
  };
}
