/**
 * Done when: run through `run --shard 1/2`, `--shard 2/2` and `report --merge`, a seed gives the same set of
 * cases and the same verdict as one run, passing or failing; `--workers 2` gives them too, in one report.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { CaseEvent, PropertyEnd, RunEnd, RunEvent, RunStart } from "../../events/runEvent.ts";
import { readEventLog } from "../../reports/readEventLog.ts";
import { PARENTS_LIFECYCLE } from "../../properties/parentsLifecycle.ts";
import { runMain } from "./runMain.ts";

const COMMON = ["--seed", "11", "--runs", "12", "--no-corpus"];

/** The CLI in process, from `cwd` (workers are child processes still: they are what --workers is). */
async function harness(args: readonly string[], cwd: string) {
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const result = await runMain(args);
    return { ...result, output: result.stdout + result.stderr };
  } finally {
    process.chdir(previous);
  }
}

const events = (dir: string): readonly RunEvent[] => readEventLog(join(dir, "events.jsonl")).events;

/** Every call of the properties' cases (the parents each part sets up for itself aside), as sent and answered. */
const calls = (log: readonly RunEvent[]) => log.filter((e): e is CaseEvent => e.type === "case" && e.property !== PARENTS_LIFECYCLE.name)
  .map((e) => `${e.property} ${e.operation} ${e.result} ${[...e.coverage].sort().join(",")}`).sort();
const verdicts = (log: readonly RunEvent[]) => Object.fromEntries(log.filter((e): e is PropertyEnd => e.type === "property.end" && e.property !== PARENTS_LIFECYCLE.name)
  .map((e) => [e.property, `${e.verdict} ${e.numRuns} ${e.path ?? ""} ${e.counterexample ?? ""}`]));
const runEnd = (log: readonly RunEvent[]) => log.find((e): e is RunEnd => e.type === "run.end");

async function compareShardsWithOneRun(extra: readonly string[], expectedExit: number) {
  const dir = mkdtempSync(join(tmpdir(), "harness-shards-"));
  try {
    const whole = await harness(["run", ...COMMON, ...extra, "--report-dir", "whole"], dir);
    assert.is(whole.code, expectedExit, whole.output);
    for (const index of [1, 2]) {
      const part = await harness(["run", ...COMMON, ...extra, "--shard", `${index}/2`, "--report-dir", `shard-${index}`], dir);
      assert.ok(part.code === 0 || part.code === 1, part.output);
      assert.ok(existsSync(join(dir, `shard-${index}`, "events.jsonl")), "each shard writes its event log");
      assert.equal((events(join(dir, `shard-${index}`))[0] as RunStart).shard, { index, count: 2 });
    }
    const merge = await harness(["report", "--merge", "shard-1", "shard-2", "--report-dir", "merged"], dir);
    assert.is(merge.code, expectedExit, merge.output);
    assert.match(merge.output, /seed 11/);
    const one = events(join(dir, "whole")), merged = events(join(dir, "merged"));
    assert.ok(calls(one).length > 200);
    assert.equal(calls(merged), calls(one), "the same cases");
    assert.equal(verdicts(merged), verdicts(one), "the same verdict per property, cases and counterexample");
    assert.is(runEnd(merged)?.verdict, runEnd(one)?.verdict);
    assert.is(runEnd(merged)?.failures, runEnd(one)?.failures);
    for (const file of ["junit.xml", "summary.md", "index.html"]) assert.ok(existsSync(join(dir, "merged", file)), file);
    assert.is(readFileSync(join(dir, "merged", "history.jsonl"), "utf8").trim().split("\n").length, 1, "one trend entry");
    return { dir, one, merged, whole, merge };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("a passing run: two shards merged are the one run", async () => {
  const { merge } = await compareShardsWithOneRun([], 0);
  assert.match(merge.output, /PASSED/);
});

test("a failing run: two shards merged fail as the one run does, with its counterexamples and replay lines", async () => {
  const { merge, whole } = await compareShardsWithOneRun(["--mutant", "update-changes-processing"], 1);
  const replay = (text: string) => [...text.matchAll(/replay: (.+)/g)].map((m) => m[1]).sort();
  assert.ok(replay(merge.output).length > 0);
  assert.equal(replay(merge.output), replay(whole.output), "the same replay lines");
});

test("--workers 2: one report of the same cases and verdict, its seed printed first", async () => {
  const dir = mkdtempSync(join(tmpdir(), "harness-workers-"));
  try {
    const whole = await harness(["run", ...COMMON, "--report-dir", "whole"], dir);
    const workers = await harness(["run", ...COMMON, "--workers", "2", "--report-dir", "workers"], dir);
    assert.is(workers.code, 0, workers.output);
    assert.match(workers.stdout.split("\n")[0] ?? "", /seed 11 · 2 workers/);
    assert.match(workers.output, /PASSED/);
    assert.equal(calls(events(join(dir, "workers"))), calls(events(join(dir, "whole"))));
    assert.equal(verdicts(events(join(dir, "workers"))), verdicts(events(join(dir, "whole"))));
    assert.is(whole.code, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("--workers 2 --explore: the merged log counts the later rounds, keeps every round's seed, and rebuilds the reports the run wrote", async () => {
  const dir = mkdtempSync(join(tmpdir(), "harness-workers-explore-"));
  try {
    const run = await harness(["run", "--seed", "11", "--runs", "10", "--no-corpus", "--explore", "--time-budget", "6", "--workers", "2", "--report-dir", "explored"], dir);
    assert.is(run.code, 0, run.output);
    const log = events(join(dir, "explored"));
    const rounds = log.filter((e) => e.type === "round").map((e) => (e.type === "round" ? e.round : 0));
    assert.ok(rounds.length > 2 && rounds.every((round, i) => round === i + 1), `the first round once, then each worker's, numbered on: ${rounds.join(",")}`);
    assert.ok(log.some((e) => e.type === "cases"), "later rounds counted");
    assert.match(run.output, new RegExp(`round ${rounds.length} · seed \\d+`));
    const rebuilt = await harness(["report", join("explored", "events.jsonl"), "--report-dir", "rebuilt"], dir);
    assert.is(rebuilt.code, 0, rebuilt.output);
    for (const file of ["junit.xml", "summary.md", "index.html"]) {
      assert.is(readFileSync(join(dir, "rebuilt", file), "utf8"), readFileSync(join(dir, "explored", file), "utf8"), file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("report --merge refuses logs that are not parts of one run, and says what is missing", async () => {
  const dir = mkdtempSync(join(tmpdir(), "harness-merge-"));
  try {
    await harness(["run", "--seed", "1", "--runs", "2", "--no-corpus", "--shard", "1/2", "--property", "create-valid", "--report-dir", "a"], dir);
    await harness(["run", "--seed", "2", "--runs", "2", "--no-corpus", "--shard", "2/2", "--property", "create-valid", "--report-dir", "b"], dir);
    const mixed = await harness(["report", "--merge", "a", "b"], dir);
    assert.is(mixed.code, 2, mixed.output);
    assert.match(mixed.stderr, /not parts of one run: seed/);
    const alone = await harness(["report", "--merge", "a", "--report-dir", "alone"], dir);
    assert.is(alone.code, 3, alone.output);
    assert.match(alone.output, /shard 2\/2: no event log was given/);
    const nothing = await harness(["report", "--merge", "nowhere"], dir);
    assert.is(nothing.code, 2);
    assert.match(nothing.stderr, /no report folder or event log at nowhere/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("--shard and --workers take only what makes sense", async () => {
  const dir = mkdtempSync(join(tmpdir(), "harness-flags-"));
  try {
    for (const [args, message] of [
      [["--shard", "3/2"], /--shard takes I\/N with 1 <= I <= N/],
      [["--shard", "1-2"], /--shard takes I\/N/],
      [["--workers", "0"], /--workers takes N \(1 to 64\), N% of the cores/],
      [["--workers", "2", "--target", "live", "--endpoint", "http://127.0.0.1:1"], /--workers runs parts of the run side by side/],
      [["--shard", "1/2", "--seed", "1", "--property", "create-valid", "--path", "0"], /--path replays one case whatever the shard/],
    ] as const) {
      const result = await harness(["run", ...args], dir);
      assert.is(result.code, 2, `${args.join(" ")}: ${result.output}`);
      assert.match(result.stderr, message);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
