import type { Contract } from "../../contracts/contract.ts";
import { EMPTY_STATE, type InputValidator, type ModelState } from "../../model/index.ts";

/**
 * Everything the oracle knows between calls, as one value: the model's state, the pairing of the target's page
 * tokens with the model's own, and the states before each write acknowledged within the consistency window.
 * `judge` takes one and gives the next, so candidate states (another order of concurrent calls, a read that
 * lags) are judged side by side and only the one that happened is kept.
 */
export interface JudgeState {
  readonly model: ModelState;
  /** The target's nextToken for a page, paired with the model's token for the same page. */
  readonly tokens: ReadonlyMap<string, string>;
  /** Writes the target acknowledged, newest last: when (epoch ms) and the state before each. */
  readonly writes: readonly AcknowledgedWrite[];
}

export interface AcknowledgedWrite {
  readonly at: number;
  readonly before: ModelState;
}

/** What stays the same for every call of a run: the account the model plays, its validation, the contract, the window. */
export interface JudgeEnv {
  readonly account: string;
  readonly region: string;
  readonly partition: string;
  readonly validate: InputValidator;
  readonly contract: Contract;
  /** How long a read may show the state from before an acknowledged write (eventual consistency); 0 for none. */
  readonly windowMs: number;
}

export function judgeState(model: ModelState = EMPTY_STATE): JudgeState {
  return { model, tokens: new Map(), writes: [] };
}

/** The writes still inside the window at `now` (epoch ms). */
export function writesWithin(state: JudgeState, windowMs: number, now: number): readonly AcknowledgedWrite[] {
  return windowMs <= 0 ? [] : state.writes.filter((w) => w.at >= now - windowMs);
}
