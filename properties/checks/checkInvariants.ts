import type { OperationName } from "../../contracts/operationCatalogue.ts";
import type { Outcome } from "../../targets/outcome.ts";
import { memberSubject, type Divergence } from "../judging/Divergence.ts";

/** Relations any correct answer keeps whatever the model assumes: time never runs backwards inside a resource. */
export function checkInvariants(operation: OperationName, outcome: Outcome): Divergence[] {
  if (!outcome.ok) return [];
  const found: Divergence[] = [];
  for (const [member, value] of Object.entries(outcome.output)) {
    if (!value || typeof value !== "object") continue;
    const { createdAt, updatedAt } = value as { createdAt?: unknown; updatedAt?: unknown };
    if (createdAt instanceof Date && updatedAt instanceof Date && updatedAt.getTime() < createdAt.getTime()) {
      found.push({
        kind: "contract", operation, check: "updatedAt-after-createdAt", subject: memberSubject(`${member}.updatedAt`), basis: [],
        message: `updatedAt ${updatedAt.toISOString()} is before createdAt ${createdAt.toISOString()}`,
      });
    }
  }
  return found;
}
