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

export interface ModelRule {
  readonly id: RuleId;
  readonly statement: string;
  readonly confidence: "documented" | "observed" | "assumed";
  readonly source: string;
}

/** An error as the SDK surfaces it: the shape name and its modeled members. */
export interface ModelError { readonly name: string; readonly members: Readonly<Record<string, unknown>> }

export type ModelOutcome =
  | { readonly ok: true; readonly output: Readonly<Record<string, unknown>>; readonly basis: readonly RuleId[] }
  | { readonly ok: false; readonly error: ModelError; readonly basis: readonly RuleId[] };

export type ModelInput = Readonly<Record<string, unknown>>;
