import type { Evidence, Finding, FindingCheck, Severity } from "../events/Finding.ts";
import { sameCheck } from "../events/sameCheck.ts";
import { showValue } from "./checks/showValue.ts";
import type { Divergence } from "./judging/Divergence.ts";

export type { Finding };

/** Stable across runs and across the many shapes one bug shows: the operation and what diverged. */
export function fingerprintOf(divergence: Pick<Divergence, "operation" | "subject">): string {
  return `${divergence.operation}|${divergence.subject}`;
}

/** Values in full, shown as every message shows them: a report puts expected and actual side by side. */
const asText = (value: unknown) => (value === undefined ? undefined : showValue(value, Infinity));

/** One call's divergences as findings, one per fingerprint, in the order first seen; `grade` decides each check's severity. */
export function findingsOf(divergences: readonly Divergence[], grade: (divergence: Divergence) => Severity, evidence?: Evidence): Finding[] {
  const grouped = new Map<string, Divergence[]>();
  for (const d of divergences) grouped.set(fingerprintOf(d), [...(grouped.get(fingerprintOf(d)) ?? []), d]);
  return [...grouped].map(([fingerprint, group]) => {
    const all = group.map((d): FindingCheck => ({ kind: d.kind, check: d.check, message: d.message, basis: d.basis, severity: grade(d) }));
    // One check a kind and name, a list's items as one: the first item's message says how many more diverged alike.
    const checks = all.filter((c, i) => all.findIndex((o) => sameCheck(o, c)) === i).map((c) => {
      const alike = all.filter((o) => sameCheck(o, c)).length;
      return alike === 1 ? c : { ...c, message: `${c.message} (and ${alike - 1} more items alike)` };
    });
    const first = group[0] as Divergence;
    const valued = group.find((d) => d.expected !== undefined || d.actual !== undefined);
    const expected = asText(valued?.expected), actual = asText(valued?.actual);
    return {
      fingerprint, operation: first.operation, subject: first.subject,
      severity: checks.some((c) => c.severity === "failure") ? "failure" : "observation", checks,
      ...(expected === undefined ? {} : { expected }), ...(actual === undefined ? {} : { actual }),
      ...(evidence === undefined ? {} : { evidence }),
    };
  });
}

/** A finding as one line: its operation, subject and first message. */
export function findingLine(finding: Finding): string {
  return `${finding.operation} ${finding.subject}: ${finding.checks[0]?.message ?? ""}`;
}

/** Thrown inside a property so fast-check shrinks the case; carries the failures of the failing case, each with its evidence. */
export class CaseFailure extends Error {
  /** `counterexample`: the case as its property keeps it, when the property knows it better than fast-check's value (a sequence: the commands that ran). */
  constructor(readonly findings: readonly Finding[], readonly counterexample?: unknown) {
    super(findings.map(findingLine).join("\n"));
    this.name = "CaseFailure";
  }
}

/** Raised when the target cannot be reached or authenticated: never a contract finding. */
export class InfrastructureError extends Error {
  override readonly name = "InfrastructureError";
}
