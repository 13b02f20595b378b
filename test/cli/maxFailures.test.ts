/**
 * `--max-failures N` and `-x`: a planted bug that one seed finds several times over stops at the first failure,
 * exit code 1, and every report says the run stopped early and why.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { EXIT } from "../../cli/exitCodes.ts";
import type { RunEnd, RunEvent } from "../../events/runEvent.ts";
import { runMain } from "./runMain.ts";

/** Seed 1 finds five distinct failures of this mutant in ten cases per property. */
const RUN = ["run", "--target", "mock", "--mutant", "rejects-max-length", "--runs", "10", "--seed", "1", "--no-corpus"];

async function run(extra: readonly string[]) {
  const dir = mkdtempSync(join(tmpdir(), "harness-max-failures-"));
  try {
    const result = await runMain([...RUN, ...extra, "--report-dir", dir]);
    const read = (name: string) => readFileSync(join(dir, name), "utf8");
    const events = read("events.jsonl").trim().split("\n").map((line) => JSON.parse(line) as RunEvent);
    return { ...result, end: events.find((e): e is RunEnd => e.type === "run.end"), markdown: read("summary.md"), html: read("index.html"), junit: read("junit.xml") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("without a limit the seed finds several failures; with --max-failures 1 (and -x) the run stops at exactly one and says so everywhere", async () => {
  const whole = await run([]);
  assert.is(whole.code, EXIT.findings);
  assert.ok((whole.end?.failures ?? 0) > 1, `the seed finds more than one failure: ${String(whole.end?.failures)}`);
  assert.is(whole.end?.stoppedBy, undefined);
  for (const flag of [["--max-failures", "1"], ["-x"]]) {
    const stopped = await run(flag);
    assert.is(stopped.code, EXIT.findings, stopped.stdout + stopped.stderr);
    assert.is(stopped.end?.failures, 1);
    assert.is(stopped.end?.stoppedBy, "max-failures");
    assert.ok((stopped.end?.notRun?.length ?? 0) > 0, "properties after the failure were not run");
    const said = /stopped early at 1 failure \(--max-failures\); not run: /;
    assert.match(stopped.stdout.split("\n").find((line) => line.startsWith("FAILED: 1 failure")) ?? "", said, stopped.stdout);
    for (const [surface, text] of [["Markdown", stopped.markdown], ["HTML", stopped.html], ["JUnit", stopped.junit]] as const) assert.match(text, said, surface);
  }
});

test("--max-failures takes a whole number from 1", async () => {
  for (const bad of ["0", "two", "1.5"]) {
    const result = await runMain([...RUN, "--max-failures", bad, "--no-report"]);
    assert.is(result.code, EXIT.usage);
    assert.match(result.stderr, /--max-failures takes an integer from 1/);
  }
});

test.run();
