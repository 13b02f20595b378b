/**
 * Closes a run to new requests: a signal, an exhausted request budget. Once closed, the suite's calls are
 * refused while teardown still goes through, so nothing new is created after the run was told to stop.
 */
export class RunGate {
  #reason: string | undefined;

  get reason(): string | undefined {
    return this.#reason;
  }

  /** The first reason wins: it is the one the user needs to read. */
  close(reason: string): void {
    this.#reason ??= reason;
  }
}
