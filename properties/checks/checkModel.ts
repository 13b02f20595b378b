import { ERRORS, isErrorName } from "../../contracts/errorCatalogue.ts";
import type { OperationName } from "../../contracts/operationCatalogue.ts";
import { toWireJson } from "../../contracts/toWireJson.ts";
import type { ModelOutcome, RuleId } from "../../model/index.ts";
import type { Outcome } from "../../targets/outcome.ts";
import { memberSubject, outcomeSubject, type Divergence } from "../judging/Divergence.ts";
import { diffJson } from "./diffJson.ts";
import { fieldBasis } from "./fieldBasis.ts";
import { showValue } from "./showValue.ts";

/** Opaque values a service chooses freely; only their presence is predicted. */
function withoutOpaque(value: unknown): unknown {
  if (!value || typeof value !== "object" || !("nextToken" in value)) return value;
  return { ...(value as Record<string, unknown>), nextToken: "(present)" };
}

/** Why the prediction succeeds or fails: hand-made outcomes without `decidedBy` rest on `basis` for both. */
function decidedBy(prediction: ModelOutcome): readonly RuleId[] {
  return prediction.decidedBy ?? prediction.basis;
}

/** The fields a ValidationException's fieldList names. */
function fieldsOf(members: Readonly<Record<string, unknown>>): unknown[] {
  return Array.isArray(members["fieldList"]) ? (members["fieldList"] as { name?: unknown }[]).map((f) => f?.name) : [];
}

/**
 * The target's answer against the reference model's prediction. The outcome comes first and rests on the
 * rules that decide it alone (existence, validation, quotas, idempotency): a success where a documented error
 * is due, or a documented error where success is due, diverges whatever the error's assumed form. Which error,
 * and the values of the output or the error's members, rest on the rules behind each.
 */
export function checkModel(operation: OperationName, outcome: Outcome, prediction: ModelOutcome): Divergence[] {
  const divergence = (check: string, subject: string, message: string, basis: readonly RuleId[], values: Pick<Divergence, "expected" | "actual"> = {}): Divergence => ({
    kind: "model", operation, check, subject, message, basis, ...values,
  });
  if (!outcome.ok && outcome.error.kind !== "service") return [];
  if (outcome.ok && !prediction.ok) {
    return [divergence("outcome.unexpected-success", outcomeSubject(prediction.error.name, fieldsOf(prediction.error.members)),
      `succeeded where ${prediction.error.name} is due`, decidedBy(prediction), { expected: prediction.error.name, actual: "success" })];
  }
  if (!outcome.ok && prediction.ok) {
    const missing = outcome.error.name === "ResourceNotFoundException";
    return [divergence(missing ? "outcome.acknowledged-but-missing" : "outcome.unexpected-error", outcomeSubject(outcome.error.name, fieldsOf(outcome.error.members)),
      missing
        ? `answered ResourceNotFoundException (${outcome.error.message}) for a resource the service acknowledged and never deleted`
        : `failed with ${outcome.error.name}: ${outcome.error.message}; success is due`,
      decidedBy(prediction), { expected: "success", actual: outcome.error.name })];
  }
  if (outcome.ok && prediction.ok) {
    const diffs = diffJson(withoutOpaque(toWireJson(outcome.output)), withoutOpaque(toWireJson(prediction.output)));
    return diffs.map((d) => divergence(`output.${d.path}`, memberSubject(d.path), `${d.path} is ${showValue(d.actual)}; the model predicts ${showValue(d.expected)}`,
      fieldBasis(d.path, prediction.basis), { expected: d.expected, actual: d.actual }));
  }
  if (outcome.ok || prediction.ok) return [];
  if (outcome.error.name !== prediction.error.name) {
    return [divergence("outcome.other-error", outcomeSubject(outcome.error.name, fieldsOf(outcome.error.members)),
      `failed with ${outcome.error.name}; ${prediction.error.name} is due`, [...decidedBy(prediction), ...prediction.basis],
      { expected: prediction.error.name, actual: outcome.error.name })];
  }
  const memberBasis = prediction.error.memberBasis ?? {};
  const name = outcome.error.name;
  // Unmodeled members a service adds are tolerated (the SDK keeps them); message wording is the service's own.
  const modeled = new Set<string>(isErrorName(name) ? ERRORS[name].bodyMembers : []);
  return diffJson(toWireJson(outcome.error.members), toWireJson(prediction.error.members))
    .filter((d) => d.path !== "message")
    .filter((d) => modeled.has(d.path.split(".")[0] ?? d.path))
    .map((d) => {
      const member = d.path.split(".")[0] ?? d.path;
      return divergence(`error.${member}`, `${name}.${member}`, `${name}.${d.path} is ${showValue(d.actual)}; the model predicts ${showValue(d.expected)}`,
        memberBasis[member] ?? prediction.basis, { expected: d.expected, actual: d.actual });
    });
}
