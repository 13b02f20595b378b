import type { OperationName } from "../../contracts/operationCatalogue.ts";
import { toWireJson } from "../../contracts/toWireJson.ts";
import type { ModelOutcome } from "../../model/index.ts";
import type { Outcome } from "../../targets/outcome.ts";
import type { Finding } from "../finding.ts";
import { assumedRulesIn, severityOf } from "../severityOf.ts";
import { diffJson } from "./diffJson.ts";
import { fieldBasis } from "./fieldBasis.ts";

/** Error members whose values no source documents: compared, but observations unless strict. */
const UNDOCUMENTED_MEMBERS = new Set(["resourceType", "resourceId", "fieldList", "reason", "serviceCode", "quotaCode"]);

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? "absent" : text.length > 300 ? `${text.slice(0, 297)}...` : text;
}

function because(basis: readonly string[]): string {
  const assumed = assumedRulesIn(basis);
  return assumed.length > 0 ? ` (prediction rests on: ${assumed.join(", ")})` : "";
}

/** Opaque values a service chooses freely; only their presence is predicted. */
function withoutOpaque(value: unknown): unknown {
  if (!value || typeof value !== "object" || !("nextToken" in value)) return value;
  return { ...(value as Record<string, unknown>), nextToken: "(present)" };
}

/** The target's answer against the reference model's prediction, field by field. */
export function checkModel(operation: OperationName, outcome: Outcome, prediction: ModelOutcome, strict: boolean): Finding[] {
  const finding = (check: string, message: string, basis: readonly string[]): Finding => ({
    kind: "model", severity: severityOf(basis, strict), operation, check, message: message + because(basis),
  });
  if (outcome.ok && !prediction.ok) {
    return [finding("outcome", `succeeded; the model predicts ${prediction.error.name}`, prediction.basis)];
  }
  if (!outcome.ok && prediction.ok) {
    return [finding("outcome", `failed with ${outcome.error.name}: ${outcome.error.message}; the model predicts success`, prediction.basis)];
  }
  if (outcome.ok && prediction.ok) {
    const diffs = diffJson(withoutOpaque(toWireJson(outcome.output)), withoutOpaque(toWireJson(prediction.output)));
    return diffs.map((d) => finding(`output.${d.path}`, `${d.path} is ${show(d.actual)}; the model predicts ${show(d.expected)}`, fieldBasis(d.path, prediction.basis)));
  }
  if (outcome.ok || prediction.ok) return [];
  if (outcome.error.name !== prediction.error.name) {
    return [finding("error-name", `failed with ${outcome.error.name}; the model predicts ${prediction.error.name}`, prediction.basis)];
  }
  const diffs = diffJson(toWireJson(outcome.error.members), toWireJson(prediction.error.members))
    .filter((d) => d.path !== "message");
  return diffs.map((d) => {
    const member = d.path.split(".")[0] ?? d.path;
    const found = finding(`error.${member}`, `${outcome.error.name}.${d.path} is ${show(d.actual)}; the model predicts ${show(d.expected)}`, prediction.basis);
    return UNDOCUMENTED_MEMBERS.has(member) && !strict ? { ...found, severity: "observation" as const } : found;
  });
}
