import type { SchemaViolation } from "../../contracts/contract.ts";
import type { FindingKind } from "../../events/Finding.ts";
import { memberSubject, type Divergence } from "../judging/Divergence.ts";

/** The member a violation is about, dotted: the offending value's path, or the member a `required` or `additionalProperties` names. */
function memberOf(violation: SchemaViolation): string {
  const named = violation.params["missingProperty"] ?? violation.params["additionalProperty"];
  const path = violation.path.split("/").slice(1).map((key) => key.replaceAll("~1", "/").replaceAll("~0", "~"));
  return [...path, ...(typeof named === "string" ? [named] : [])].join(".");
}

function describe(violations: readonly SchemaViolation[]): string {
  return violations.slice(0, 5).map((v) => `${v.path || "/"} ${v.message}`).join("; ");
}

/**
 * Schema violations of one body as divergences, one per member they are about (list positions left out), so a
 * body that breaks the shape in two members shows two, and each meets the model's divergence on the same member.
 * `prefix` names what the members belong to: nothing for an output, the error's name for an error body.
 */
export function schemaDivergences(kind: FindingKind, operation: string, check: string, what: string, prefix: string,
  violations: readonly SchemaViolation[]): Divergence[] {
  const bySubject = new Map<string, SchemaViolation[]>();
  for (const violation of violations) {
    const member = memberOf(violation);
    const subject = [prefix, memberSubject(member)].filter(Boolean).join(".") || prefix || "(body)";
    bySubject.set(subject, [...(bySubject.get(subject) ?? []), violation]);
  }
  return [...bySubject].map(([subject, found]) => ({
    kind, operation, check, subject, basis: [], message: `${what} breaks the documented shape: ${describe(found)}`,
  }));
}
