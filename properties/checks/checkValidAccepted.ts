import type { OperationName } from "../../contracts/operationCatalogue.ts";
import type { ModelOutcome } from "../../model/index.ts";
import type { Outcome } from "../../targets/outcome.ts";
import { outcomeSubject, type Divergence } from "../judging/Divergence.ts";

/** Assumed rules under which the model accepts an input the real service may well refuse. */
const ACCEPTANCE_ASSUMPTIONS: ReadonlySet<string> = new Set(["destination.formatCombination", "input.beyondAwsRules"]);

/**
 * Documented (input.validation): an input is refused for its fields only when it breaks the contract. A
 * ValidationException blaming fields (reason fieldValidationFailed, or a fieldList) where the oracle, which
 * validates with the contract, predicts success is a failure, whatever else the prediction assumed: too strict
 * a validator (a valid boundary value refused) is a bug of its own. Where the oracle predicts an error, which
 * error a service picks is the prediction's business (checkModel).
 */
export function checkValidAccepted(operation: OperationName, outcome: Outcome, prediction: ModelOutcome): Divergence[] {
  if (outcome.ok || outcome.error.kind !== "service" || outcome.error.name !== "ValidationException" || !prediction.ok) return [];
  // Acceptance the model only assumes (a pair of schema and format the console never offers) is checkModel's to judge.
  if ((prediction.decidedBy ?? prediction.basis).some((rule) => ACCEPTANCE_ASSUMPTIONS.has(rule))) return [];
  const { reason, fieldList } = outcome.error.members;
  const blamed = Array.isArray(fieldList) ? fieldList.map((f: { name?: unknown }) => String(f.name)) : [];
  if (reason !== "fieldValidationFailed" && blamed.length === 0) return [];
  return [{
    kind: "label", operation, check: "rejects-valid-input", subject: outcomeSubject("ValidationException", blamed), basis: ["input.validation"],
    message: `refused an input the contract accepts with ValidationException (${String(reason)}${blamed.length > 0 ? `: ${blamed.join(", ")}` : ""})`,
  }];
}
