import type { OperationName } from "../../contracts/operationCatalogue.ts";
import type { Outcome } from "../../targets/outcome.ts";
import type { Finding } from "../finding.ts";

/** Relations any correct answer keeps whatever the model assumes: time never runs backwards inside a resource. */
export function checkInvariants(operation: OperationName, outcome: Outcome): Finding[] {
  if (!outcome.ok) return [];
  const findings: Finding[] = [];
  for (const value of Object.values(outcome.output)) {
    if (!value || typeof value !== "object") continue;
    const { createdAt, updatedAt } = value as { createdAt?: unknown; updatedAt?: unknown };
    if (createdAt instanceof Date && updatedAt instanceof Date && updatedAt.getTime() < createdAt.getTime()) {
      findings.push({
        kind: "contract", severity: "failure", operation, check: "updatedAt-after-createdAt",
        message: `updatedAt ${updatedAt.toISOString()} is before createdAt ${createdAt.toISOString()}`,
      });
    }
  }
  return findings;
}
