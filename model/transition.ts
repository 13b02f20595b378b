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

export function succeed(state: ModelState, output: Readonly<Record<string, unknown>>, basis: readonly KnownRuleId[]): Transition {
  return { state, outcome: { ok: true, output, basis: distinct(basis) } };
}

/** A failed request never changes the state. */
export function fail(state: ModelState, error: ModelError, basis: readonly KnownRuleId[]): Transition {
  return { state, outcome: { ok: false, error, basis: distinct(basis) } };
}
