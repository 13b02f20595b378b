import { EMPTY_STATE, type ModelState } from "./state.ts";
import { step } from "./step.ts";
import type { ModelEnv, ModelInput, ModelOutcome } from "./types.ts";

/** A thin mutable holder over the pure step(), for callers that drive one sequence of requests. */
export class ReferenceModel {
  readonly #env: ModelEnv;
  #state: ModelState;

  constructor(env: ModelEnv, state: ModelState = EMPTY_STATE) {
    this.#env = env;
    this.#state = state;
  }

  handle(operation: string, input: ModelInput): ModelOutcome {
    const next = step(this.#state, operation, input, this.#env);
    this.#state = next.state;
    return next.outcome;
  }

  get state(): ModelState {
    return this.#state;
  }
}
