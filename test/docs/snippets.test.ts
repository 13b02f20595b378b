/**
 * Every snippet in README.md and docs/ that a user is meant to run is run, so a snippet that stops working fails
 * here: shell blocks command by command through the CLI in process (each block in a folder of its own, its
 * commands in order, so a later one may read what an earlier one wrote; `serve` runs until the block ends),
 * TypeScript blocks as the test file a user would save, JSON blocks as the `--config` file they show. YAML blocks
 * are workflows, which test/ci/ lints. A block the runner must not run says why, in a marker before its fence.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readLiveConfig } from "../../cli/liveConfigFile.ts";
import type { ServeIo } from "../../cli/serveCommand.ts";
import { ROOT } from "../cli/liveFixtures.ts";
import { runMain } from "../cli/runMain.ts";
import { snippetsOf, type Snippet } from "./markdownSnippets.ts";
import { shellCommands } from "./shellCommands.ts";
import "../plainConsole.ts";

const DOCS = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((name) => name.endsWith(".md")).map((name) => `docs/${name}`)];
const snippets = DOCS.flatMap((file) => snippetsOf(readFileSync(join(ROOT, file), "utf8"), file));
const where = (s: Snippet) => `${s.file}:${s.line}`;

/** A shortened block's runs keep their flags and get a small budget after them: commander takes the last value. */
const SHORT_RUN = ["--runs", "2", "--time-budget", "1"];

/** Runs a block's commands in order in a fresh folder; `serve` starts and stays up until the block is done. */
async function runShell(snippet: Snippet): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "harness-snippet-"));
  const cwd = process.cwd();
  const servers: { stop: () => void; done: Promise<unknown> }[] = [];
  const problems: string[] = [];
  process.chdir(dir);
  try {
    for (const command of shellCommands(snippet.text)) {
      if ("notRun" in command) continue;
      const argv = snippet.marker?.kind === "shortened" && command.argv[0] === "run" ? [...command.argv, ...SHORT_RUN] : command.argv;
      if (argv[0] === "serve") {
        let stop = () => {};
        let listening = () => {};
        const up = new Promise<void>((resolve) => { listening = resolve; });
        const serve: ServeIo = { log: (line) => { if (/listening on/u.test(line)) listening(); }, untilStopped: () => new Promise((resolve) => { stop = () => resolve("end of snippet"); }) };
        const done = runMain(argv, { serve });
        servers.push({ stop: () => stop(), done });
        await Promise.race([up, done]);
        continue;
      }
      const result = await runMain(argv);
      if (result.code !== 0) problems.push(`${where(snippet)}: \`${command.source}\` exited ${result.code}: ${(result.stderr || result.stdout).slice(-600)}`);
    }
  } finally {
    for (const server of servers) server.stop();
    await Promise.all(servers.map((s) => s.done));
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}

/**
 * The TypeScript a user saves as a test, their own code being the example consumer (examples/); run as a user
 * runs a uvu test file, which must run at least one test and pass.
 */
function runTypeScript(snippet: Snippet): string[] {
  // Inside the clone (a git-ignored folder): where a user's test sits, in an ESM package that has uvu and tsx.
  mkdirSync(join(ROOT, ".scratch"), { recursive: true });
  const dir = mkdtempSync(join(ROOT, ".scratch", "snippet-"));
  try {
    // The package's own name resolves to its sources in a clone (tsconfig.json's paths, which tsx reads from the cwd).
    const source = snippet.text.replace(/from "\.\.\/src\/([A-Za-z]+\.ts)"/gu, (_, name: string) => `from ${JSON.stringify(join(ROOT, "examples", name))}`);
    const file = join(dir, "snippet.test.ts");
    writeFileSync(file, source);
    const run = spawnSync(process.execPath, ["--import", "tsx", file], { cwd: ROOT, encoding: "utf8", timeout: 120_000, env: { ...process.env, FORCE_COLOR: "0" } });
    const passed = Number(/Passed:\s+(\d+)/u.exec(run.stdout)?.[1] ?? 0);
    return run.status === 0 && passed > 0 ? [] : [`${where(snippet)}: exit ${String(run.status)}, ${passed} tests passed: ${(run.stdout + run.stderr).slice(-800)}`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function checkConfig(snippet: Snippet): string[] {
  const dir = mkdtempSync(join(tmpdir(), "harness-snippet-json-"));
  try {
    writeFileSync(join(dir, "config.json"), snippet.text);
    readLiveConfig(join(dir, "config.json"));
    return [];
  } catch (error) {
    return [`${where(snippet)}: ${String(error)}`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("every fenced block is one the runner knows: run, checked elsewhere, output, or skipped with a reason", () => {
  assert.ok(snippets.length >= 15, `found ${snippets.length} blocks`);
  const unknown = snippets.filter((s) => !["sh", "ts", "json", "yaml", ""].includes(s.lang)).map((s) => `${where(s)}: \`\`\`${s.lang}`);
  assert.equal(unknown, []);
  // A bare fence is output; a command a user is to type goes in a ```sh block, where it is run.
  const commandsAsOutput = snippets.filter((s) => s.lang === "" && !s.text.startsWith("$ ") && /^(npx |npm |appfabric-harness )/mu.test(s.text));
  assert.equal(commandsAsOutput.map(where), []);
  for (const s of snippets.filter((s) => s.marker?.kind === "skip")) process.stdout.write(`SKIP: ${where(s)}: ${s.marker?.kind === "skip" ? s.marker.reason : ""}\n`);
});

for (const file of DOCS) {
  test(`the snippets of ${file} run as written`, async () => {
    const problems: string[] = [];
    for (const snippet of snippets.filter((s) => s.file === file && s.marker?.kind !== "skip")) {
      if (snippet.lang === "sh") problems.push(...await runShell(snippet));
      else if (snippet.lang === "ts") problems.push(...runTypeScript(snippet));
      else if (snippet.lang === "json") problems.push(...checkConfig(snippet));
    }
    assert.equal(problems, []);
  });
}

test("the runner itself: a failing command, a missing test.run() and a bad config are each reported", async () => {
  const failing = await runShell({ file: "x.md", line: 1, lang: "sh", text: "npm run harness -- run --runs none" });
  assert.match(failing.join("\n"), /x\.md:1: `npm run harness -- run --runs none` exited 2/u);
  const silent = runTypeScript({ file: "x.md", line: 2, lang: "ts", text: 'import { test } from "uvu";\ntest("t", () => {});\n' });
  assert.match(silent.join("\n"), /x\.md:2: exit 0, 0 tests passed/u);
  assert.match(checkConfig({ file: "x.md", line: 3, lang: "json", text: '{ "acount": "1" }' }).join("\n"), /unknown key "acount"/u);
});

test.run();
