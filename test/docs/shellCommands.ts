import { parse } from "shell-quote";

/** One command of a shell snippet, as the harness's CLI would receive it, or why it is not the harness's to run. */
export type ShellCommand =
  | { readonly source: string; readonly argv: readonly string[] }
  | { readonly source: string; readonly notRun: string };

/** Commands that install packages or are this test suite itself: running them from a test would recurse or reinstall. */
const NOT_RUN: readonly [RegExp, string][] = [
  [/^npm (ci|install|i)\b/u, "installs packages (CI's own install runs it)"],
  [/^npm test\b/u, "is the test suite this test is part of"],
];

/**
 * The harness commands of a shell snippet: `npm start -- ARGS` (the run command), `npm run harness -- ARGS`,
 * `appfabric-harness ARGS` and `npx appfabric-harness ARGS`, one per line or `&&`; a `$ ` prompt and comments
 * are dropped. Anything else is an error: a snippet may only show what the harness or npm runs.
 */
export function shellCommands(script: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  for (const line of script.replace(/\\\n/gu, " ").split("\n")) {
    const entries = parse(line.replace(/^\s*\$\s+/u, ""));
    let words: string[] = [];
    const flush = () => {
      if (words.length > 0) commands.push(commandOf(words));
      words = [];
    };
    for (const entry of entries) {
      if (typeof entry === "string") words.push(entry);
      else if ("comment" in entry) break;
      else if ("op" in entry && entry.op === "&&") flush();
      else throw new Error(`a shell construct the snippet runner does not take: ${JSON.stringify(entry)} in ${line}`);
    }
    flush();
  }
  return commands;
}

function commandOf(words: readonly string[]): ShellCommand {
  const source = words.join(" ");
  const skipped = NOT_RUN.find(([pattern]) => pattern.test(source));
  if (skipped) return { source, notRun: skipped[1] };
  const after = (n: number) => (words[n] === "--" ? words.slice(n + 1) : words.slice(n));
  if (words[0] === "npm" && words[1] === "start") return { source, argv: ["run", ...after(2)] };
  if (words[0] === "npm" && words[1] === "run" && words[2] === "harness") return { source, argv: after(3) };
  if (words[0] === "appfabric-harness") return { source, argv: words.slice(1) };
  if (words[0] === "npx" && words[1] === "appfabric-harness") return { source, argv: words.slice(2) };
  throw new Error(`not a harness or npm command: ${source}`);
}
