import type { Contract } from "../../contracts/contract.ts";
import { isErrorName } from "../../contracts/errorCatalogue.ts";
import type { OperationName } from "../../contracts/operationCatalogue.ts";
import { toWireJson } from "../../contracts/toWireJson.ts";
import type { Outcome } from "../../targets/outcome.ts";
import type { Finding } from "../finding.ts";

function describe(violations: readonly { path: string; message: string }[]): string {
  return violations.slice(0, 5).map((v) => `${v.path || "/"} ${v.message}`).join("; ");
}

/** Every output and every documented error body is held to the contract's JSON Schema. */
export function checkContract(contract: Contract, operation: OperationName, outcome: Outcome): Finding[] {
  if (outcome.ok) {
    const violations = contract.checkOutput(operation, toWireJson(outcome.output));
    return violations.length === 0 ? [] : [{
      kind: "contract", severity: "failure", operation, check: "output-schema",
      message: `output breaks the documented shape: ${describe(violations)}`,
    }];
  }
  const { error } = outcome;
  if (error.kind !== "service" || !isErrorName(error.name)) return [];
  const violations = contract.checkError(error.name, error.members);
  return violations.length === 0 ? [] : [{
    kind: "contract", severity: "failure", operation, check: "error-schema",
    message: `${error.name} breaks the documented shape: ${describe(violations)}`,
  }];
}
