/** How the console writes: decided once from the stream and environment, so the sink itself stays testable. */
export type ConsoleMode = "quiet" | "normal" | "verbose";

export interface ConsoleOptions {
  readonly mode: ConsoleMode;
  /** Redraw a progress bar in place; false for plain lines (CI, pipes, a dumb terminal). */
  readonly tty: boolean;
  readonly color: boolean;
  /** An exploration's time budget, counted from the sink's creation: the bar shows the run's time against it. */
  readonly budgetMs?: number;
  /** Milliseconds clock; injectable for tests. */
  readonly now?: () => number;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Colour as Node decides it (tty.getColorDepth): FORCE_COLOR first ("", 1, 2, 3 or true colour even a pipe; any
 * other value, 0 and false included, turns it off), then a non-empty NO_COLOR (no-color.org) turns it off, and
 * otherwise a terminal that is not TERM=dumb has it.
 */
export function colorEnabled(isTTY: boolean | undefined, env: Env): boolean {
  const force = env["FORCE_COLOR"];
  if (force !== undefined) return ["", "1", "2", "3", "true"].includes(force);
  if (env["NO_COLOR"]) return false;
  return Boolean(isTTY) && env["TERM"] !== "dumb";
}

/** A progress bar redrawn in place on a terminal; plain lines in CI, when piped, or on a dumb terminal. */
export function consoleOptions(mode: ConsoleMode, isTTY: boolean | undefined, env: Env): ConsoleOptions {
  const ci = env["CI"] !== undefined && !["", "0", "false"].includes(env["CI"]);
  return { mode, tty: Boolean(isTTY) && !ci && env["TERM"] !== "dumb", color: colorEnabled(isTTY, env) };
}
