import { randomUUID } from "node:crypto";
import { absorbResource, adoptAnswer, step, type Answer, type InputValidator, type ModelEnv, type ModelOutcome, type ModelState, type Transition } from "../model/index.ts";

/** What the target chose that no model can predict: the new resource's id and the server's clock. */
export interface Adopted {
  readonly id?: string;
  readonly now?: Date;
}

export interface OracleOptions {
  readonly account: string;
  readonly region: string;
  readonly partition: string;
  readonly validate: InputValidator;
}

/**
 * The reference model shadowing one target. It adopts the ids and timestamps the target chose, predicts
 * everything else (so predictions compare field by field with what the target answered), and then takes on
 * the state the target's answer implies: later calls are predicted from what the service actually did.
 */
export class Oracle {
  #state: ModelState;
  #last: { readonly before: ModelState; readonly transition: Transition; readonly operation: string; readonly input: Readonly<Record<string, unknown>> } | undefined;

  constructor(private readonly options: OracleOptions, state: ModelState) {
    this.#state = state;
  }

  get state(): ModelState {
    return this.#state;
  }

  reset(state: ModelState): void {
    this.#state = state;
    this.#last = undefined;
  }

  #env(adopted: Adopted): ModelEnv {
    return { ...this.options, now: () => adopted.now ?? new Date(), newId: () => adopted.id ?? randomUUID() };
  }

  /** The env a model of the same account and Region runs under: the real clock, random ids. */
  modelEnv(): ModelEnv {
    return this.#env({});
  }

  /** Another oracle of the same account and Region, starting from this one's state: a rehearsal that changes nothing here. */
  fork(): Oracle {
    return new Oracle(this.options, this.#state);
  }

  /** The prediction for one call; the state moves on as the model expects until `settle` says what happened. */
  predict(operation: string, input: Readonly<Record<string, unknown>>, adopted: Adopted = {}): ModelOutcome {
    const transition = step(this.#state, operation, input, this.#env(adopted));
    this.#last = { before: this.#state, transition, operation, input };
    this.#state = transition.state;
    return transition.outcome;
  }

  /** What the model predicts for a call against another state (an earlier one), leaving its own untouched. */
  predictFrom(state: ModelState, operation: string, input: Readonly<Record<string, unknown>>, adopted: Adopted = {}): ModelOutcome {
    return step(state, operation, input, this.#env(adopted)).outcome;
  }

  /** A resource that exists as a service reported it (an output's `appBundle`, `ingestion` or `ingestionDestination`), made by no call of the run. */
  learn(output: Readonly<Record<string, unknown>>): void {
    this.#state = absorbResource(this.#state, output);
  }

  /**
   * The service's answer to the last predicted call: the state becomes what that answer implies. `asPredicted`:
   * the answer matched the prediction in every member, so the predicted state already is that state.
   */
  settle(answer: Answer, asPredicted = false): void {
    const last = this.#last;
    if (last === undefined) return;
    if (!asPredicted) this.#state = adoptAnswer(last.before, last.transition, last.operation, last.input, answer);
    this.#last = undefined;
  }
}
