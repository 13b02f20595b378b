import { randomUUID } from "node:crypto";
import { step, type InputValidator, type ModelOutcome, type ModelState } from "../model/index.ts";

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
 * The reference model shadowing one target. It adopts the ids and timestamps the target chose, then
 * predicts everything else, so predictions compare field by field with what the target answered.
 */
export class Oracle {
  #state: ModelState;

  constructor(private readonly options: OracleOptions, state: ModelState) {
    this.#state = state;
  }

  get state(): ModelState {
    return this.#state;
  }

  reset(state: ModelState): void {
    this.#state = state;
  }

  predict(operation: string, input: Readonly<Record<string, unknown>>, adopted: Adopted = {}): ModelOutcome {
    const env = {
      ...this.options,
      now: () => adopted.now ?? new Date(),
      newId: () => adopted.id ?? randomUUID(),
    };
    const result = step(this.#state, operation, input, env);
    this.#state = result.state;
    return result.outcome;
  }
}
