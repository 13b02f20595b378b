import type { Contract } from "../contracts/contract.ts";
import type { OperationName } from "../contracts/operationCatalogue.ts";
import { toFieldViolations } from "../contracts/toFieldViolations.ts";
import type { InvalidCase } from "../generators/defect.ts";
import type { Outcome } from "../targets/outcome.ts";
import { showValue } from "./checks/showValue.ts";
import { outcomeSubject, type Divergence } from "./judging/Divergence.ts";
import { defectTags, provoke, UNSENT } from "./coverageTags.ts";
import { reportedOutput } from "./reportedOutput.ts";

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
 * The coverage a call with a planted defect earns: the defect's tags when it reached the service, marked unsent
 * when the client dropped, reshaped or refused it (the CallRunner marks a request never sent likewise).
 */
export function defectCoverage(contract: Contract, operation: OperationName, label: InvalidCase): (outcome: Outcome) => string[] {
  return (outcome) => {
    const tags = [...defectTags(label.defect), provoke("ValidationException")];
    return defectiveFieldsSent(contract, operation, label, outcome).length > 0 ? tags : tags.map((tag) => `${UNSENT}${tag}`);
  };
}

/**
 * An input with a planted defect must be rejected with ValidationException (documented: input.validation); the
 * reason its defect implies and a fieldList naming the defective member are assumptions about the service,
 * resting on the same rules as the model's prediction of them.
 */
export function checkLabel(contract: Contract, operation: OperationName, label: InvalidCase, outcome: Outcome): Divergence[] {
  const expectedFields = defectiveFieldsSent(contract, operation, label, outcome);
  if (expectedFields.length === 0) return [];
  const what = `${label.defect.kind} at ${label.defect.field} (${label.defect.description})`;
  // A 2xx the client could not read (it echoed the defect) was still an acceptance.
  if (reportedOutput(outcome) !== undefined) {
    return [{ kind: "label", operation, check: `accepts-${label.defect.kind}`, subject: outcomeSubject("ValidationException", [label.defect.field]),
      basis: ["input.validation"], expected: "ValidationException", actual: "success", message: `accepted an input with ${what}` }];
  }
  if (outcome.ok || outcome.error.kind !== "service") return [];
  const { error } = outcome;
  // Another error (a missing resource checked before the fields, say) is the model's to grade: which check comes first is assumed.
  if (error.name !== label.expected.name) return [];
  const found: Divergence[] = [];
  if (error.members.reason !== label.expected.reason) {
    found.push({ kind: "label", operation, check: "reason-of-defect", subject: "ValidationException.reason", basis: ["input.validation.reason"],
      expected: label.expected.reason, actual: error.members.reason,
      message: `ValidationException for ${what} has reason ${showValue(error.members.reason)}; a field violation implies ${label.expected.reason}` });
  }
  const fields = Array.isArray(error.members.fieldList) ? (error.members.fieldList as { name?: unknown }[]).map((f) => f.name) : [];
  if (!fields.some((f) => typeof f === "string" && expectedFields.includes(f))) {
    found.push({ kind: "label", operation, check: "fieldList-names-defect", subject: "ValidationException.fieldList", basis: ["input.validation.fieldList"],
      message: `ValidationException for ${what} names fields [${fields.join(", ")}], none of [${expectedFields.join(", ")}]` });
  }
  return found;
}
