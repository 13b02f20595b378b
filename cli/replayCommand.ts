/** Quotes a shell word only when it needs it. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** How this process was started, so a replay line can be pasted back into the same place. */
export function invocationPrefix(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const event = env["npm_lifecycle_event"];
  return event === "start" || event === "harness" ? "npm run harness --" : "appfabric-harness";
}

/** A one-line command: the invocation prefix, a subcommand and its arguments. */
export function commandLine(prefix: string, args: readonly string[]): string {
  return [prefix, ...args.map(shellWord)].join(" ");
}
