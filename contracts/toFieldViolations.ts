import type { SchemaViolation } from "./contract.ts";

/** One entry of a ValidationException's fieldList. */
export interface FieldViolation {
  name: string;
  message: string;
}

/** Keywords whose error only summarises the errors ajv reports beneath it. */
const SUMMARIES: ReadonlySet<string> = new Set(["if", "anyOf", "oneOf"]);

function unescapePointer(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** Dotted member path of the offending member: a missing or unknown member is named itself, not its parent. */
function memberName(violation: SchemaViolation): string {
  const segments = violation.path === "" ? [] : violation.path.slice(1).split("/").map(unescapePointer);
  const member = violation.keyword === "required" ? violation.params["missingProperty"]
    : violation.keyword === "additionalProperties" ? violation.params["additionalProperty"]
    : undefined;
  return (typeof member === "string" ? [...segments, member] : segments).join(".");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The fieldList form of schema violations: one entry per member (list indexes are path segments too, e.g.
 * "tags.3.key"), its distinct messages joined in sorted order, entries sorted by name. Summary errors are left
 * out whenever the errors they summarise are present.
 */
export function toFieldViolations(violations: readonly SchemaViolation[]): FieldViolation[] {
  const specific = violations.filter((v) => !SUMMARIES.has(v.keyword));
  const kept = specific.length > 0 ? specific : violations;
  const messages = new Map<string, Set<string>>();
  for (const violation of kept) {
    const name = memberName(violation);
    messages.set(name, (messages.get(name) ?? new Set<string>()).add(violation.message));
  }
  return [...messages.entries()]
    .map(([name, set]) => ({ name, message: [...set].sort(compare).join("; ") }))
    .sort((a, b) => compare(a.name, b.name));
}
