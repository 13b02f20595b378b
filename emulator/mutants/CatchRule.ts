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

/** What a rule is matched against: a finding's kind, severity, operation and check. */
export interface FindingSummary {
  readonly kind: string;
  readonly severity: string;
  readonly operation: string;
  readonly check: string;
}

/** Whether a finding is a catch under a rule: only failures count, since an observation rests on an assumption. */
export function catches(rule: CatchRule, finding: FindingSummary): boolean {
  return finding.severity === "failure" && finding.kind === rule.kind
    && (finding.check === rule.check || finding.check.startsWith(`${rule.check}.`))
    && (rule.operation === undefined || finding.operation === rule.operation);
}
