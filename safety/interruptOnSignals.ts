import { constants } from "node:os";

export interface SignalWatch {
  /** The first signal received, if any. */
  readonly signal: NodeJS.Signals | undefined;
  dispose(): void;
}

const SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM"];

/**
 * On the first SIGINT or SIGTERM, `onFirst` asks the run to stop: new work ends, cleanup, teardown and every
 * report still run. A second one exits at once (128 + its number), leaving a live run's journal for `cleanup`.
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
