import type { Contract } from "../contracts/contract.ts";
import type { OperationName } from "../contracts/operationCatalogue.ts";
import { toFieldViolations } from "../contracts/toFieldViolations.ts";
import type { InvalidCase } from "../generators/defect.ts";
import type { Outcome } from "../targets/outcome.ts";
import type { Finding } from "./finding.ts";

/**
 * The members whose defects the service saw. A client may drop a planted defect (an unknown member),
 * reshape it (an unknown union member sent as an empty union) or refuse to send it; what reached the wire
 * is what the service is held to.
 */
function defectiveFieldsSent(contract: Contract, operation: OperationName, label: InvalidCase, outcome: Outcome): readonly string[] {
  if (!outcome.ok && outcome.error.kind === "client" && outcome.trace.exchanges.length === 0) return [];
  const sent = outcome.trace.sent;
  if (sent === undefined) return [label.expected.field];
  return toFieldViolations(contract.checkInput(operation, sent)).map((v) => v.name);
}

/**
 * An input with a planted defect must be rejected with ValidationException; that the fieldList names the
 * defective member is an assumption about the service (observation unless strict).
 */
export function checkLabel(contract: Contract, operation: OperationName, label: InvalidCase, outcome: Outcome, strict: boolean): Finding[] {
  const expectedFields = defectiveFieldsSent(contract, operation, label, outcome);
  if (expectedFields.length === 0) return [];
  const what = `${label.defect.kind} at ${label.defect.field} (${label.defect.description})`;
  if (outcome.ok) {
    return [{ kind: "label", severity: "failure", operation, check: `accepts-${label.defect.kind}`, message: `accepted an input with ${what}` }];
  }
  const { error } = outcome;
  if (error.kind !== "service") return [];
  if (error.name !== label.expected.name) {
    return [{ kind: "label", severity: "failure", operation, check: `rejects-${label.defect.kind}-with-${error.name}`, message: `answered ${error.name} to ${what}; expected ${label.expected.name}` }];
  }
  const fields = Array.isArray(error.members.fieldList) ? (error.members.fieldList as { name?: unknown }[]).map((f) => f.name) : [];
  if (!fields.some((f) => typeof f === "string" && expectedFields.includes(f))) {
    return [{
      kind: "label", severity: strict ? "failure" : "observation", operation, check: "fieldList-names-defect",
      message: `ValidationException for ${what} names fields [${fields.join(", ")}], none of [${expectedFields.join(", ")}]`,
    }];
  }
  return [];
}
