import type { Handle } from "../emulator/types.ts";
import { EMPTY_STATE, step, type ModelEnv, type ModelState } from "../model/index.ts";
import { seededIds } from "../targets/seededIds.ts";

export type Side = "baseline" | "candidate";

/** Where the gate's clock starts; each call gets its own second after it. */
const CLOCK_START = Date.UTC(2026, 0, 1);

interface SideState {
  state: ModelState;
  env: ModelEnv;
}

/**
 * The state behind the gate's two emulators. Every call starts both sides from the same state, with the same
 * clock reading and the same id stream, so two clients that send the same request get the same answer; after
 * the call the baseline's state goes on. A difference therefore belongs to the call that shows it and never
 * leaks into the calls after it, however the candidate's request changed its side.
 */
export class LockstepModel {
  #committed: ModelState = EMPTY_STATE;
  #call = 0;
  readonly #sides = new Map<Side, SideState>();

  constructor(private readonly seed: number, private readonly env: Omit<ModelEnv, "now" | "newId">) {
    this.begin();
  }

  /** Starts the next call: both sides from the committed state, this call's clock and ids. */
  begin(): void {
    this.#call++;
    const now = new Date(CLOCK_START + this.#call * 1000);
    for (const side of ["baseline", "candidate"] as const) {
      const ids = seededIds((this.seed ^ Math.imul(this.#call, 0x9e3779b1)) >>> 0);
      this.#sides.set(side, { state: this.#committed, env: { ...this.env, now: () => now, newId: ids } });
    }
  }

  /** Ends the call: the baseline's state is the next call's starting point. */
  commit(): void {
    this.#committed = this.#sideState("baseline").state;
  }

  /** The model's handling for one side's emulator. */
  handle(side: Side): Handle {
    return (operation, input) => {
      const current = this.#sideState(side);
      const next = step(current.state, operation, input, current.env);
      current.state = next.state;
      return next.outcome;
    };
  }

  #sideState(side: Side): SideState {
    const found = this.#sides.get(side);
    if (found === undefined) throw new Error(`no ${side} side`);
    return found;
  }
}
