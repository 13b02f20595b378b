import { constants } from "node:os";
import { InfrastructureError } from "../properties/finding.ts";

/** A run stopped by a signal after its teardown: exits 128 + the signal's number (130 for SIGINT, 143 for SIGTERM). */
export class RunInterrupted extends InfrastructureError {
  readonly exitCode: number;

  constructor(readonly signal: NodeJS.Signals, message: string) {
    super(message);
    this.exitCode = 128 + constants.signals[signal];
  }
}

export interface SignalWatch {
  /** The first signal received, if any. */
  readonly signal: NodeJS.Signals | undefined;
  dispose(): void;
}

const SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM"];

/**
 * On the first SIGINT or SIGTERM, `onFirst` asks the run to stop (teardown still runs); a second one exits at
 * once, leaving the journal for `cleanup`.
 */
export function interruptOnSignals(onFirst: (signal: NodeJS.Signals) => void): SignalWatch {
  let first: NodeJS.Signals | undefined;
  const handler = (signal: NodeJS.Signals) => {
    if (first !== undefined) process.exit(128 + constants.signals[signal]);
    first = signal;
    onFirst(signal);
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  return {
    get signal() {
      return first;
    },
    dispose: () => {
      for (const signal of SIGNALS) process.off(signal, handler);
    },
  };
}
