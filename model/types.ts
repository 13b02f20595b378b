/** The model's public vocabulary: what it is given (env, input) and what it answers (outcome). */

/** One failed input constraint; `name` is the dotted member path. */
export interface FieldViolation { readonly name: string; readonly message: string }

/** The contract's input validation, injected so the model does not depend on contracts/. */
export type InputValidator = (operation: string, input: Readonly<Record<string, unknown>>) => readonly FieldViolation[];

export interface ModelEnv {
  /** Injected clock: the model never reads the real time. */
  readonly now: () => Date;
  /** Injected id source; returns lowercase UUIDs. */
  readonly newId: () => string;
  readonly account: string;
  readonly region: string;
  readonly partition: string;
  readonly validate: InputValidator;
}

export type RuleId = string;

/**
 * Where a rule comes from: an AWS document any reader can open, third-party reports of the live service, or
 * inference alone (with what it is drawn from).
 */
export type RuleSource =
  | { readonly documentedBy: string }
  | { readonly observedBy: string }
  | { readonly assumedFrom: string };

export type Confidence = "documented" | "observed" | "assumed";

/** The confidence a source implies: only AWS's own documentation makes a rule documented. */
export function confidenceOf(source: RuleSource): Confidence {
  return "documentedBy" in source ? "documented" : "observedBy" in source ? "observed" : "assumed";
}

/** The source as one line of text, for tables. */
export function citationOf(source: RuleSource): string {
  return "documentedBy" in source ? source.documentedBy : "observedBy" in source ? `[third party] ${source.observedBy}` : `[assumed] ${source.assumedFrom}`;
}

export interface ModelRule {
  readonly id: RuleId;
  readonly statement: string;
  readonly source: RuleSource;
  readonly confidence: Confidence;
}

/**
 * An error as the SDK surfaces it: the shape name and its modeled members; `memberBasis` names the rules behind
 * each member's value (members it does not name rest on the outcome's `basis`).
 */
export interface ModelError {
  readonly name: string;
  readonly members: Readonly<Record<string, unknown>>;
  readonly memberBasis?: Readonly<Record<string, readonly RuleId[]>>;
}

/**
 * A prediction. `decidedBy`: the rules that decide whether the call succeeds or fails (existence, validation,
 * quotas, idempotency). `basis`: the rules behind everything else: for a success the output's values, for a
 * failure which error it is. Outcomes built by hand (tests, planted bugs) may leave `decidedBy` out; `basis`
 * then stands for both.
 */
export type ModelOutcome =
  | { readonly ok: true; readonly output: Readonly<Record<string, unknown>>; readonly basis: readonly RuleId[]; readonly decidedBy?: readonly RuleId[] }
  | { readonly ok: false; readonly error: ModelError; readonly basis: readonly RuleId[]; readonly decidedBy?: readonly RuleId[] };

export type ModelInput = Readonly<Record<string, unknown>>;
