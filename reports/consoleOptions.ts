/** How the console writes: decided once from the stream and environment, so the sink itself stays testable. */
export type ConsoleMode = "quiet" | "normal" | "verbose";

export interface ConsoleOptions {
  readonly mode: ConsoleMode;
  /** Redraw a progress bar in place; false for plain lines (CI, pipes). */
  readonly tty: boolean;
  readonly color: boolean;
  /** Milliseconds clock; injectable for tests. */
  readonly now?: () => number;
}

/** On a terminal: progress bar and colour. In CI, when piped, or with NO_COLOR set: plain lines. */
export function consoleOptions(mode: ConsoleMode, isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): ConsoleOptions {
  const ci = env["CI"] !== undefined && !["", "0", "false"].includes(env["CI"]);
  const plain = !isTTY || ci || Boolean(env["NO_COLOR"]);
  return { mode, tty: !plain, color: !plain };
}
