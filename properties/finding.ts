import type { FindingEvent, FindingKind, Severity } from "../events/runEvent.ts";

/** One thing a check found wrong with one call. */
export interface Finding {
  readonly kind: FindingKind;
  readonly severity: Severity;
  readonly operation: string;
  readonly check: string;
  readonly message: string;
}

/**
 * Stable across runs and across the many shapes one bug shows: operation, kind of check, and the check
 * itself cut to the member it concerns (`output.ingestionDestination.destinationConfiguration`, whatever
 * branch of the union differed).
 */
export function fingerprintOf(finding: Finding, errorClass = ""): string {
  const check = finding.check.split(".").slice(0, 3).join(".");
  return [finding.operation, finding.kind, check, errorClass].join("|");
}

/** Thrown inside a property so fast-check shrinks the case; carries the findings of the failing case. */
export class CaseFailure extends Error {
  constructor(readonly findings: readonly Finding[]) {
    super(findings.map((f) => `[${f.kind}] ${f.operation} ${f.check}: ${f.message}`).join("\n"));
    this.name = "CaseFailure";
  }
}

/** Raised when the target cannot be reached or authenticated: never a contract finding. */
export class InfrastructureError extends Error {
  override readonly name = "InfrastructureError";
}

/** The event form of a finding. */
export function findingEvent(property: string, finding: Finding): FindingEvent {
  return { type: "finding", at: new Date().toISOString(), property, ...finding, fingerprint: fingerprintOf(finding) };
}
