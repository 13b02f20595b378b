/**
 * run.start's `command` (the command JUnit and the HTML footer show) reproduces the run: every flag, read back
 * through the same parser, gives the same options.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { EXIT } from "../../cli/exitCodes.ts";
import { runCommandArgs } from "../../cli/flagArgs.ts";
import { declareRunOptions, type RunOptions } from "../../cli/runOptions.ts";
import { runMain } from "./runMain.ts";

const dir = mkdtempSync(join(tmpdir(), "harness-command-"));
const BUNDLE = "arn:aws:appfabric:us-east-1:111122223333:appbundle/0f0e0d0c-0b0a-4908-8706-050403020100";
const CONFIG = join(dir, "config.json");
writeFileSync(CONFIG, "{}");

/** A value other than the default for every flag `run` declares; a flag without one fails the test until it gets one. */
const SAMPLES: Readonly<Record<string, readonly string[]>> = {
  "--endpoint-url": ["http://127.0.0.1:9"], "--endpoint": ["http://127.0.0.1:9"], "--profile": ["sandbox"], "--region": ["eu-west-1"], "--account": ["111122223333"], "--app-bundle": [BUNDLE], "--ingestion": [`${BUNDLE}/ingestion/1a2b3c4d-5e6f-4a0b-8c1d-2e3f4a5b6c7d`],
  "--s3-bucket": ["b1", "--s3-bucket", "b2"], "--firehose-stream": ["s1"], "--rate": ["3.5"], "--max-requests": ["40"], "--teardown-budget": ["120"], "--config": [CONFIG],
  "--journal-dir": [join(dir, "journal")], "--target": ["live"], "--seed": ["7"], "--runs": ["3"], "--time-budget": ["9"], "--max-failures": ["4"], "-x": [], "--explore": [],
  "--stop-at-first": [], "--strict": [], "--property": ["create-valid", "update-semantics"], "--path": ["1:2"], "--report-dir": [join(dir, "report dir")],
  "--no-report": [], "--quiet": [], "--verbose": [], "--throttle-rate": ["0.1"], "--error-rate": ["0.2"], "--latency-ms": ["1-3"],
  "--consistency-window": ["1.5"], "--corpus-dir": [join(dir, "corpus")], "--no-corpus": [], "--client": ["built-in"], "--mutant": ["tags-lost"],
  "--shard": ["2/3"], "--workers": ["3"], "--worker": ["1/3"], "--benign": ["reversed-list-order"],
  "--accept-observed": ["list.order", "--accept-observed", "input.validation.fieldList"],
};

function parse(argv: readonly string[]): RunOptions {
  return declareRunOptions(new Command("run")).exitOverride().parse(argv, { from: "user" }).opts<RunOptions>();
}

test("every flag of run, at a value other than its default, comes back through the recorded command", () => {
  const declared = declareRunOptions(new Command("run")).options.map((o) => o.long ?? o.short ?? "");
  assert.equal(declared.filter((flag) => !(flag in SAMPLES)), [], "a sample value for every declared flag");
  const options = parse(declared.flatMap((flag) => [flag, ...(SAMPLES[flag] ?? [])]));
  assert.equal(parse(runCommandArgs(options, 7)), options);
  assert.equal(parse(runCommandArgs(parse([]), 12)), { ...parse([]), seed: 12 }, "defaults: the seed the run drew is added");
});

test("the command in the event log, JUnit and the HTML footer carries --runs, --no-corpus, the budget and the fault flags", async () => {
  const reportDir = join(dir, "report");
  const result = await runMain(["run", "--target", "model", "--property", "create-valid", "--runs", "2", "--seed", "4", "--no-corpus",
    "--time-budget", "60", "--throttle-rate", "0.1", "--report-dir", reportDir, "--quiet"]);
  assert.is(result.code, EXIT.ok, result.stdout + result.stderr);
  const start = JSON.parse(readFileSync(join(reportDir, "events.jsonl"), "utf8").split("\n")[0] ?? "") as { command: string };
  const args = `run --target model --seed 4 --runs 2 --time-budget 60 --property create-valid --report-dir ${reportDir} --quiet --throttle-rate 0.1 --no-corpus`;
  assert.ok(start.command.endsWith(args), start.command);
  assert.ok(readFileSync(join(reportDir, "junit.xml"), "utf8").includes(args), "JUnit shows it");
  assert.ok(readFileSync(join(reportDir, "index.html"), "utf8").includes(args), "the HTML footer shows it");
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test.run();
