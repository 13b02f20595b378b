import type { KnownRuleId } from "./rules.ts";
import type { ModelState } from "./state.ts";
import type { ModelEnv, ModelError, ModelInput, ModelOutcome } from "./types.ts";

/** What one step yields: the next state and the outcome. */
export interface Transition { readonly state: ModelState; readonly outcome: ModelOutcome }

/** One operation's rules. */
export type Handler = (state: ModelState, input: ModelInput, env: ModelEnv) => Transition;

/** Each rule once, in first-cited order. */
function distinct(basis: readonly KnownRuleId[]): readonly KnownRuleId[] {
  return [...new Set(basis)];
}

/** `decidedBy`: why it succeeds; `basis`: why the output is what it is. */
export function succeed(state: ModelState, output: Readonly<Record<string, unknown>>,
  decidedBy: readonly KnownRuleId[], basis: readonly KnownRuleId[]): Transition {
  return { state, outcome: { ok: true, output, decidedBy: distinct(decidedBy), basis: distinct(basis) } };
}

/** `decidedBy`: why it fails; `basis`: why with this error. A failed request never changes the state. */
export function fail(state: ModelState, error: ModelError, decidedBy: readonly KnownRuleId[], basis: readonly KnownRuleId[]): Transition {
  return { state, outcome: { ok: false, error, decidedBy: distinct(decidedBy), basis: distinct(basis) } };
}
