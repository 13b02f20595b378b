import { absorbResource, step, type InputValidator, type ModelOutcome, type ModelState } from "../model/index.ts";
import { judgeState, type JudgeState } from "./judging/JudgeState.ts";

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
 * The reference model shadowing one target: the account it plays and the one judge state every runner of the
 * run shares (they send to one target). Judging is pure (`judging/judge.ts`); this only holds the state that
 * happened, which the runners replace with each judgement's `next`.
 */
export class Oracle {
  #state: JudgeState;

  constructor(readonly options: OracleOptions, model: ModelState) {
    this.#state = judgeState(model);
  }

  get state(): JudgeState {
    return this.#state;
  }

  get model(): ModelState {
    return this.#state.model;
  }

  /** The state the judged call left. */
  commit(next: JudgeState): void {
    this.#state = next;
  }

  /** Another oracle of the same account and Region, starting from this one's model: a rehearsal that changes nothing here. */
  fork(): Oracle {
    return new Oracle(this.options, this.#state.model);
  }

  /** A resource that exists as a service reported it (an output's `appBundle`, `ingestion` or `ingestionDestination`), made by no call of the run. */
  learn(output: Readonly<Record<string, unknown>>): void {
    this.#state = { ...this.#state, model: absorbResource(this.#state.model, output) };
  }

  /** Replays a resource that exists into the model as if this call had made it (seeding a sandbox's): the prediction, and its state kept. */
  seed(operation: string, input: Readonly<Record<string, unknown>>, adopted: Adopted): ModelOutcome {
    const transition = step(this.#state.model, operation, input, {
      ...this.options, now: () => adopted.now ?? new Date(0), newId: () => adopted.id ?? "00000000-0000-4000-8000-000000000000",
    });
    this.#state = { ...this.#state, model: transition.state };
    return transition.outcome;
  }
}
