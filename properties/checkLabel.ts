import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { InvalidCase } from "../generators/defect.ts";
import type { Outcome } from "../targets/outcome.ts";
import type { Finding } from "./finding.ts";

/**
 * An input with a planted defect must be rejected with ValidationException; that the fieldList names the
 * defective member is an assumption about the service (observation unless strict).
 */
export function checkLabel(operation: OperationName, label: InvalidCase, outcome: Outcome, strict: boolean): Finding[] {
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
  if (!fields.includes(label.expected.field)) {
    return [{
      kind: "label", severity: strict ? "failure" : "observation", operation, check: "fieldList-names-defect",
      message: `ValidationException for ${what} names fields [${fields.join(", ")}], not ${label.expected.field}`,
    }];
  }
  return [];
}
