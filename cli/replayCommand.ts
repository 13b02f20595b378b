/** Quotes a shell word only when it needs it. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** How this process was started, so a replay line can be pasted back into the same place. */
export function invocationPrefix(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env["npm_lifecycle_event"] === "start" ? "npm start --" : "appfabric-harness run";
}

/** The one-line command that re-runs exactly one failing case. */
export function replayCommand(prefix: string, args: readonly string[]): string {
  return [prefix, ...args.map(shellWord)].join(" ");
}
