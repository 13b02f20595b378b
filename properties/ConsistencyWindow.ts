import type { ModelState } from "../model/index.ts";

/**
 * Eventual consistency: a service may show a write to reads only some time after acknowledging it. The window
 * keeps, for every write acknowledged within the last `windowMs`, the state before it: what a read may still
 * show until the window after that write has passed.
 */
export class ConsistencyWindow {
  #writes: { readonly at: number; readonly before: ModelState }[] = [];

  constructor(readonly windowMs: number, private readonly clock: () => number = () => performance.now()) {}

  now(): number {
    return this.clock();
  }

  /** A write the service acknowledged, with the state before it. */
  recordWrite(before: ModelState): void {
    if (this.windowMs <= 0) return;
    this.#prune();
    this.#writes.push({ at: this.clock(), before });
  }

  /** The states a read may still show, newest first, with when the last of them stops being an excuse; none when no write is that recent. */
  recent(): { readonly states: readonly ModelState[]; readonly since: number; readonly until: number } | undefined {
    this.#prune();
    const newest = this.#writes.at(-1);
    if (newest === undefined) return undefined;
    return { states: this.#writes.map((w) => w.before).reverse(), since: newest.at, until: newest.at + this.windowMs };
  }

  #prune(): void {
    const horizon = this.clock() - this.windowMs;
    this.#writes = this.#writes.filter((w) => w.at >= horizon);
  }
}
