/**
 * Ctrl-C keeps what ran: a run, a run on two workers and an exploration stopped by SIGINT each end with every
 * report written, the verdict `interrupted` in them and on the console, and exit 130. These cross the process
 * boundary because a signal is what they are about.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { RunEnd, RunEvent } from "../../events/runEvent.ts";
import { spawnHarness, waitFor } from "./liveFixtures.ts";

/** Under way: a property has finished, so there is something to keep (workers report theirs only at the end: time). */
const propertyLine = (output: string) => /^(PASS|FAIL) /m.test(output);
const interruptions: Record<string, { readonly args: readonly string[]; readonly underWay: (output: string, sinceMs: number) => boolean }> = {
  "a run": { args: ["--runs", "100000"], underWay: propertyLine },
  "a run on two workers": { args: ["--runs", "100000", "--workers", "2"], underWay: (_, sinceMs) => sinceMs > 8000 },
  "an exploration": { args: ["--explore", "--time-budget", "600"], underWay: propertyLine },
};

for (const [what, { args, underWay }] of Object.entries(interruptions)) {
  test(`${what} stopped by SIGINT writes complete reports with the verdict interrupted and exits 130`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "harness-sigint-"));
    try {
      const reportDir = join(dir, "report");
      const run = spawnHarness(["run", "--seed", "3", "--no-corpus", "--report-dir", reportDir, ...args], dir);
      let output = "";
      run.child.stdout.on("data", (chunk: Buffer) => { output += chunk.toString(); });
      const spawned = Date.now();
      await waitFor("the run under way", () => underWay(output, Date.now() - spawned), 60_000);
      run.child.kill("SIGINT");
      const finished = await run.done;
      assert.is(finished.code, 130, finished.stdout + finished.stderr);
      assert.match(finished.stdout, /^INTERRUPTED: .*interrupted by SIGINT/m);
      assert.not.match(finished.stdout + finished.stderr, /INFRASTRUCTURE|\n\s+at /, "an interrupt is no infrastructure error, and no crash");
      const events = readFileSync(join(reportDir, "events.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as RunEvent);
      const end = events.at(-1) as RunEnd;
      assert.is(end.type, "run.end");
      assert.equal([end.verdict, end.exitCode, end.signal], ["interrupted", 130, "SIGINT"]);
      assert.ok(events.some((e) => e.type === "property.end"), "what ran is kept");
      for (const name of ["summary.md", "index.html", "junit.xml", "history.jsonl"]) assert.ok(existsSync(join(reportDir, name)), name);
      assert.match(readFileSync(join(reportDir, "summary.md"), "utf8"), /SIGINT interrupted the run/);
      const history = readFileSync(join(reportDir, "history.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { verdict: string; cases: number });
      assert.is(history.at(-1)?.verdict, "interrupted");
      assert.ok((history.at(-1)?.cases ?? 0) > 0, "the history counts the cases that ran");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test.run();
