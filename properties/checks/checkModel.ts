import { ERRORS, isErrorName } from "../../contracts/errorCatalogue.ts";
import type { OperationName } from "../../contracts/operationCatalogue.ts";
import { toWireJson } from "../../contracts/toWireJson.ts";
import type { ModelOutcome, RuleId } from "../../model/index.ts";
import type { Outcome } from "../../targets/outcome.ts";
import type { Finding } from "../finding.ts";
import { assumedRulesIn, severityOf } from "../severityOf.ts";
import { diffJson } from "./diffJson.ts";
import { fieldBasis } from "./fieldBasis.ts";

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? "absent" : text.length > 300 ? `${text.slice(0, 297)}...` : text;
}

/** The rules a finding's grade rests on, as its message names them. */
function because(basis: readonly RuleId[]): string {
  const assumed = assumedRulesIn(basis);
  return assumed.length > 0 ? ` (the prediction rests on: ${assumed.join(", ")})` : ` (decided by: ${basis.join(", ")})`;
}

/** Opaque values a service chooses freely; only their presence is predicted. */
function withoutOpaque(value: unknown): unknown {
  if (!value || typeof value !== "object" || !("nextToken" in value)) return value;
  return { ...(value as Record<string, unknown>), nextToken: "(present)" };
}

/** Why the prediction succeeds or fails: hand-made outcomes without `decidedBy` rest on `basis` for both. */
function decidedBy(prediction: ModelOutcome): readonly RuleId[] {
  return prediction.decidedBy ?? prediction.basis;
}

/**
 * The target's answer against the reference model's prediction. The outcome comes first and is graded by the
 * rules that decide it alone (existence, validation, quotas, idempotency): a success where a documented error
 * is due, or a documented error where success is due, fails whatever the error's assumed form. Which error, and
 * the values of the output or the error's members, are graded by the rules behind each.
 */
export function checkModel(operation: OperationName, outcome: Outcome, prediction: ModelOutcome, strict: boolean): Finding[] {
  const finding = (check: string, message: string, basis: readonly RuleId[]): Finding => ({
    kind: "model", severity: severityOf(basis, strict), operation, check, message: message + because(basis),
  });
  if (!outcome.ok && outcome.error.kind !== "service") return [];
  if (outcome.ok && !prediction.ok) {
    return [finding("outcome.unexpected-success", `succeeded where ${prediction.error.name} is due`, decidedBy(prediction))];
  }
  if (!outcome.ok && prediction.ok) {
    const missing = outcome.error.name === "ResourceNotFoundException";
    return [finding(missing ? "outcome.acknowledged-but-missing" : "outcome.unexpected-error",
      missing
        ? `answered ResourceNotFoundException (${outcome.error.message}) for a resource the service acknowledged and never deleted`
        : `failed with ${outcome.error.name}: ${outcome.error.message}; success is due`,
      decidedBy(prediction))];
  }
  if (outcome.ok && prediction.ok) {
    const diffs = diffJson(withoutOpaque(toWireJson(outcome.output)), withoutOpaque(toWireJson(prediction.output)));
    return diffs.map((d) => finding(`output.${d.path}`, `${d.path} is ${show(d.actual)}; the model predicts ${show(d.expected)}`, fieldBasis(d.path, prediction.basis)));
  }
  if (outcome.ok || prediction.ok) return [];
  if (outcome.error.name !== prediction.error.name) {
    return [finding("outcome.other-error", `failed with ${outcome.error.name}; ${prediction.error.name} is due`, [...decidedBy(prediction), ...prediction.basis])];
  }
  const memberBasis = prediction.error.memberBasis ?? {};
  // Unmodeled members a service adds are tolerated (the SDK keeps them); message wording is the service's own.
  const modeled = new Set<string>(isErrorName(outcome.error.name) ? ERRORS[outcome.error.name].bodyMembers : []);
  return diffJson(toWireJson(outcome.error.members), toWireJson(prediction.error.members))
    .filter((d) => d.path !== "message")
    .filter((d) => modeled.has(d.path.split(".")[0] ?? d.path))
    .map((d) => {
      const member = d.path.split(".")[0] ?? d.path;
      return finding(`error.${member}`, `${outcome.error.name}.${d.path} is ${show(d.actual)}; the model predicts ${show(d.expected)}`,
        memberBasis[member] ?? prediction.basis);
    });
}
