import { ERRORS, isErrorName } from "../../contracts/errorCatalogue.ts";
import { OPERATIONS, type OperationName } from "../../contracts/operationCatalogue.ts";
import type { Outcome } from "../../targets/outcome.ts";
import { outcomeSubject, type Divergence } from "../judging/Divergence.ts";

/** An error outside the operation's documented list is a divergence of its own kind; so is a wrong status. */
export function checkDocumentedErrors(operation: OperationName, outcome: Outcome): Divergence[] {
  if (outcome.ok || outcome.error.kind !== "service") return [];
  const { name, status } = outcome.error;
  if (!(OPERATIONS[operation].errors as readonly string[]).includes(name)) {
    return [{
      kind: "undocumented-error", operation, check: "documented-errors", subject: outcomeSubject(name), basis: [], actual: name,
      message: `${name}${status === undefined ? "" : ` (HTTP ${status})`} is not among ${operation}'s documented errors: ${OPERATIONS[operation].errors.join(", ")}`,
    }];
  }
  if (isErrorName(name) && status !== undefined && status !== ERRORS[name].status) {
    return [{
      kind: "wire", operation, check: "error-status", subject: `status.${name}`, basis: [], expected: ERRORS[name].status, actual: status,
      message: `${name} came with HTTP ${status}; documented ${ERRORS[name].status}`,
    }];
  }
  return [];
}
