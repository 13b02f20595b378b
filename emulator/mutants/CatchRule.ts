import type { OperationName } from "../../contracts/operationCatalogue.ts";

/**
 * The kinds of finding that can show a service bug. A `client` finding (the client failed, or a property
 * threw) is the client's or the harness's trouble, never evidence of a planted bug.
 */
export type CatchKind = "contract" | "model" | "undocumented-error" | "wire" | "label" | "server-error";

/** A finding that counts as catching a planted bug: one of the checks that detect what the bug breaks. */
export interface CatchRule {
  readonly kind: CatchKind;
  /** The check's name, or a dotted prefix of it: `output.ingestionDestination` matches `output.ingestionDestination.status`. */
  readonly check: string;
  /** Only findings on this operation; any operation when absent. */
  readonly operation?: OperationName;
}

/** What a rule is matched against: a finding's operation, and each check that saw it with its kind and grade. */
export interface CheckedFinding {
  readonly operation: string;
  readonly checks: readonly { readonly kind: string; readonly check: string; readonly severity: string }[];
}

/** The check of a finding that makes it a catch under a rule: only a failure counts, since an observation rests on an assumption. */
export function catchingCheck(rule: CatchRule, finding: CheckedFinding): CheckedFinding["checks"][number] | undefined {
  if (rule.operation !== undefined && finding.operation !== rule.operation) return undefined;
  return finding.checks.find((c) => c.severity === "failure" && c.kind === rule.kind && (c.check === rule.check || c.check.startsWith(`${rule.check}.`)));
}

export function catches(rule: CatchRule, finding: CheckedFinding): boolean {
  return catchingCheck(rule, finding) !== undefined;
}
