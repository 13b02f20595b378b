import type { FindingKind } from "../../events/Finding.ts";
import type { RuleId } from "../../model/index.ts";

/**
 * One thing a check saw differ from the contract or the model in one call, with the rules it rests on; it is
 * not graded here. The findings store grades it once (documented, observed, assumed; `--strict`), so no check
 * knows about strictness.
 */
export interface Divergence {
  readonly kind: FindingKind;
  readonly operation: string;
  readonly check: string;
  readonly message: string;
  /**
   * The model rules the expectation rests on; empty when it rests on the contract alone (the AWS API model's
   * shapes, error lists and HTTP binding), which is documented.
   */
  readonly basis: readonly RuleId[];
  /**
   * What diverged, so that every check seeing it names the same thing: a member of the answer (`ingestionDestination.ingestionArn`),
   * a member of the input (`input.destinationConfiguration...bucketName`), an outcome (`outcome.ResourceNotFoundException`).
   */
  readonly subject: string;
  readonly expected?: unknown;
  readonly actual?: unknown;
  /** Seen after a transient failure whose effect is unknown: never better than an observation. */
  readonly uncertain?: boolean;
}

/** A member path as a subject: list positions left out, cut to the resource and its member, so every branch of a union diverges as one. */
export function memberSubject(path: string, depth = 2): string {
  return path.split(".").filter((key) => !/^\d+$/.test(key)).slice(0, depth).join(".");
}

/** An outcome as a subject: a ValidationException that names a field diverges at that field, any other error as itself. */
export function outcomeSubject(errorName: string, fields: readonly unknown[] = []): string {
  const field = fields.find((f): f is string => typeof f === "string");
  return errorName === "ValidationException" && field !== undefined ? `input.${field.replace(/\.\d+(?=\.|$)/g, "")}` : `outcome.${errorName}`;
}
