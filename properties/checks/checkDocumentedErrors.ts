import { ERRORS, isErrorName } from "../../contracts/errorCatalogue.ts";
import { OPERATIONS, type OperationName } from "../../contracts/operationCatalogue.ts";
import type { Outcome } from "../../targets/outcome.ts";
import type { Finding } from "../finding.ts";

/** An error outside the operation's documented list is a finding of its own kind; so is a wrong status. */
export function checkDocumentedErrors(operation: OperationName, outcome: Outcome): Finding[] {
  if (outcome.ok || outcome.error.kind !== "service") return [];
  const { name, status } = outcome.error;
  if (!(OPERATIONS[operation].errors as readonly string[]).includes(name)) {
    return [{
      kind: "undocumented-error", severity: "failure", operation, check: "documented-errors",
      message: `${name}${status === undefined ? "" : ` (HTTP ${status})`} is not among ${operation}'s documented errors: ${OPERATIONS[operation].errors.join(", ")}`,
    }];
  }
  if (isErrorName(name) && status !== undefined && status !== ERRORS[name].status) {
    return [{
      kind: "wire", severity: "failure", operation, check: "error-status",
      message: `${name} came with HTTP ${status}; documented ${ERRORS[name].status}`,
    }];
  }
  return [];
}
