/**
 * Every printed replay line, run exactly as printed, fails again with the same finding: split into words by a
 * shell, through the CLI entry the bin uses (cli/main.ts, in process), from the working directory of the run
 * that printed it (a fresh temporary one, so default corpus and report folders are the test's own). For each
 * property of the default suite against a planted service bug it catches, both the corpus line and the --path
 * line; then gate, fuzz-responses and fuzzConsumer lines; and a --path that cannot be replayed is a usage error.
 */
import "../plainConsole.ts";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { EXIT } from "../../cli/exitCodes.ts";
import { main } from "../../cli/main.ts";
import { ConsumerFailure } from "../../consumer/ConsumerFailure.ts";
import { fuzzConsumer } from "../../consumer/fuzzConsumer.ts";
import type { FindingEvent, PropertyEnd, RunEvent } from "../../events/runEvent.ts";
import { DEFAULT_SUITE } from "../../properties/defaultSuite.ts";
import { PARENTS_LIFECYCLE } from "../../properties/parentsLifecycle.ts";
import { DEFAULT_REPORT_DIR } from "../../reports/reportPaths.ts";
import * as buggy from "../fixtures/buggyDestinationSummary.ts";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/**
 * Planted bugs each property is built to catch, tried in order until one makes that property fail (at this seed
 * and number of runs): the test holds however the checks that catch them are named or reshaped.
 */
const CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  "coverage-plan": ["stale-get-after-update", "delete-leaves-in-list", "accepts-length-one-over"],
  "create-valid": ["updated-before-created", "status-reason-when-active", "enum-wrong-case"],
  "invalid-rejected": ["accepts-enum-any-case", "accepts-two-union-members", "accepts-length-one-over"],
  "update-semantics": ["update-changes-processing", "stale-get-after-update", "get-by-uuid-differs"],
  "idempotent-retry": ["client-token-ignored", "delete-leaves-in-list"],
  "stateful-lifecycle": ["get-by-uuid-differs", "delete-leaves-in-list", "update-changes-processing"],
  "concurrent-pairs": ["update-changes-processing", "client-token-ignored"],
};
const TRIAL = ["--target", "emulator", "--seed", "1", "--runs", "20"];

interface Ran { readonly code: number; readonly out: string; readonly err: string }

/** The CLI in process, with what it prints kept. */
async function harness(args: readonly string[]): Promise<Ran> {
  const out: string[] = [], err: string[] = [];
  const [stdout, stderr] = [process.stdout.write, process.stderr.write];
  process.stdout.write = ((chunk: string) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => err.push(String(chunk)) > 0) as typeof process.stderr.write;
  try {
    return { code: await main(args), out: out.join(""), err: err.join("") };
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
  }
}

/** A printed command line as a shell splits it, less the invocation prefix. */
function argsOf(line: string): string[] {
  const words = execFileSync("/bin/sh", ["-c", `printf '%s\\0' ${line}`], { encoding: "utf8" }).split("\0").slice(0, -1);
  const prefix = words[0] === "appfabric-harness" ? 1 : words.slice(0, 4).join(" ") === "npm run harness --" ? 4 : -1;
  assert.ok(prefix > 0, `not an appfabric-harness command: ${line}`);
  return words.slice(prefix);
}

/** Runs `body` with a fresh temporary working directory, removed afterwards. */
async function inTemporaryDir<T>(body: () => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "replay-lines-"));
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return await body();
  } finally {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Failure { readonly property: string; readonly replay: string; readonly fingerprint: string; readonly counterexample: string }

/** The failed property of the last run (from its event log in the report folder), if one failed. */
function failureOfLastRun(reportDir = DEFAULT_REPORT_DIR): Failure | undefined {
  const events = readFileSync(join(reportDir, "events.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as RunEvent);
  const failed = events.filter((e): e is PropertyEnd => e.type === "property.end" && e.verdict === "failed" && e.property !== PARENTS_LIFECYCLE.name);
  assert.ok(failed.length <= 1, `one case at most: ${failed.map((e) => e.property).join(", ")}`);
  const [end] = failed;
  if (!end) return undefined;
  const first = events.find((e): e is FindingEvent => e.type === "finding" && e.property === end.property && e.severity === "failure");
  assert.ok(first && end.replay, `${end.property} failed without a finding or a replay line`);
  return { property: end.property, replay: end.replay ?? "", fingerprint: first?.fingerprint ?? "", counterexample: end.counterexample ?? "" };
}

/**
 * Runs a printed line as printed: the same case (a concurrent pair in the same order) fails again with the same
 * first finding. A replay keeps no report unless asked, so this one is asked for one in a folder of its own.
 */
let replays = 0;
async function assertReplays(line: string, original: Failure): Promise<void> {
  const reportDir = `replayed-${++replays}`;
  const again = await harness([...argsOf(line), "--report-dir", reportDir]);
  assert.is(again.code, EXIT.findings, `${line}\n${again.out}${again.err}`);
  const failure = failureOfLastRun(reportDir);
  assert.is(failure?.fingerprint, original.fingerprint, line);
  assert.is(failure?.counterexample, original.counterexample, line);
}

for (const { name } of DEFAULT_SUITE) {
  test(`${name}: the corpus replay line and the --path replay line each fail again with the same finding`, () => inTemporaryDir(async () => {
    let caught: { mutant: string; failure: Failure } | undefined;
    for (const mutant of CANDIDATES[name] ?? []) {
      await harness(["run", ...TRIAL, "--property", name, "--mutant", mutant]);
      const failure = failureOfLastRun();
      if (failure?.property === name) {
        caught = { mutant, failure };
        break;
      }
    }
    assert.ok(caught, `${name} caught none of ${(CANDIDATES[name] ?? []).join(", ")}`);
    const { mutant, failure } = caught as NonNullable<typeof caught>;
    assert.match(failure.replay, / replay \S+\.json /);
    await assertReplays(failure.replay, failure);

    await harness(["run", ...TRIAL, "--property", name, "--mutant", mutant, "--no-corpus"]);
    const byPath = failureOfLastRun();
    assert.ok(byPath, `${name} with ${mutant} did not fail again`);
    assert.match(byPath?.replay ?? "", / --path \S+/);
    await assertReplays(byPath?.replay ?? "", byPath as Failure);
  }));
}

/** Each difference the gate printed: its heading (operation, aspect, member) and its replay line. */
function gateDifferences(out: string): { readonly heading: string; readonly replay: string }[] {
  return [...out.matchAll(/^\d+\. (.+)$[\s\S]*?^ {3}replay: (.+)$/gm)].map((m) => ({ heading: m[1] ?? "", replay: m[2] ?? "" }));
}

test("gate: each difference's replay line shows that difference again", async () => {
  const ran = await harness(["gate", "--baseline", "built-in", "--candidate", fixture("plantedPrefixClient.ts"), "--seed", "3", "--runs", "10",
    "--property", "stateful-lifecycle", "--no-corpus"]);
  assert.is(ran.code, EXIT.findings, ran.out);
  const differences = gateDifferences(ran.out);
  assert.ok(differences.length > 0, ran.out);
  for (const { heading, replay } of differences) {
    const again = await harness(argsOf(replay));
    assert.is(again.code, EXIT.findings, `${replay}\n${again.out}${again.err}`);
    assert.ok(gateDifferences(again.out).some((d) => d.heading === heading), `${replay} did not show ${heading}:\n${again.out}`);
  }
});

/** What fuzz-responses printed about its failed property: the problems and the shrunk response. */
const failedBlock = (out: string) => /^\S+: FAILED[\s\S]*?(?=^ {2}replay:)/m.exec(out)?.[0];

test("fuzz-responses: the replay line sends the same shrunk response, mishandled the same way", async () => {
  const ran = await harness(["fuzz-responses", "--client", fixture("droppedUnknownClient.ts"), "--seed", "21", "--runs", "100"]);
  assert.is(ran.code, EXIT.findings, ran.out);
  const replay = /^ {2}replay: (.+)$/m.exec(ran.out)?.[1];
  assert.ok(replay && failedBlock(ran.out), ran.out);
  const again = await harness(argsOf(replay ?? ""));
  assert.is(again.code, EXIT.findings, again.out + again.err);
  assert.is(failedBlock(again.out), failedBlock(ran.out));
});

test("fuzzConsumer: the replay line, evaluated as printed, finds the same shrunk calls with the same failure", async () => {
  const fn = async (client: Parameters<typeof buggy.destinationSummary>[0]) => {
    // Only the service's documented errors may escape the wrapper.
    await buggy.destinationSummary(client, { appBundleIdentifier: "b", ingestionIdentifier: "i", ingestionDestinationIdentifier: "d" })
      .catch((error: unknown) => { if (!(error as { $fault?: string }).$fault) throw error; });
  };
  const failure = await fuzzConsumer(fn, { seed: 11, numRuns: 300, errorRate: 0.3, client: "built-in" }).then(() => undefined, (e: unknown) => e);
  assert.instance(failure, ConsumerFailure);
  const line = /^replay: (.+)$/m.exec((failure as ConsumerFailure).message)?.[1] ?? "";
  assert.match(line, /errorRate: 0\.3, client: "built-in"/);
  const again = await (runInNewContext(line, { fuzzConsumer, fn }) as Promise<unknown>).then(() => undefined, (e: unknown) => e);
  assert.instance(again, ConsumerFailure);
  assert.is((again as ConsumerFailure).message, (failure as ConsumerFailure).message);
});

test("a --path that cannot be replayed is a usage error: exit 2, one line naming --path, no stack trace", async () => {
  for (const [property, path] of [["create-valid", "0:99999"], ["create-valid", "0:x"], ["stateful-lifecycle", "3:1:1"], ["stateful-lifecycle", "3:1@?"]]) {
    const ran = await harness(["run", "--seed", "1", "--property", property ?? "", "--path", path ?? "", "--no-corpus", "--no-report"]);
    assert.is(ran.code, EXIT.usage, `${property} ${path}: ${ran.out}${ran.err}`);
    assert.match(ran.err, /^appfabric-harness: --path \S+ cannot be replayed: .+\n$/);
    assert.not.match(ran.err, /\n\s+at /);
  }
});

test("a replay line run as printed writes no report, and leaves the run's own reports as they were", () => inTemporaryDir(async () => {
  await harness(["run", ...TRIAL, "--property", "update-semantics", "--mutant", "update-changes-processing"]);
  const failure = failureOfLastRun();
  assert.ok(failure, "the run failed");
  const before = readdirSync(DEFAULT_REPORT_DIR).map((name) => [name, readFileSync(join(DEFAULT_REPORT_DIR, name), "utf8")]);
  const entries = readdirSync(".").sort();
  const again = await harness(argsOf(failure?.replay ?? ""));
  assert.is(again.code, EXIT.findings, again.out + again.err);
  assert.equal(readdirSync(DEFAULT_REPORT_DIR).map((name) => [name, readFileSync(join(DEFAULT_REPORT_DIR, name), "utf8")]), before);
  assert.equal(readdirSync(".").sort(), entries, "no new folder either");
}));

test("a run refused as bad usage writes nothing: no report, no history, no corpus", () => inTemporaryDir(async () => {
  for (const path of ["0:99999", "garbage"]) {
    const ran = await harness(["run", "--seed", "1", "--property", "create-valid", "--path", path]);
    assert.is(ran.code, EXIT.usage, ran.out + ran.err);
    assert.equal(readdirSync("."), [], `--path ${path} left files behind`);
  }
}));

test.run();
