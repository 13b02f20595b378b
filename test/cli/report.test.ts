import "../plainConsole.ts";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { executeRun } from "../../cli/executeRun.ts";
import { EXIT } from "../../cli/exitCodes.ts";
import { main } from "../../cli/main.ts";
import { executeReport } from "../../cli/registerReport.ts";
import type { RunOptions } from "../../cli/runOptions.ts";

const quiet = { stdout: { write: () => true, isTTY: false }, env: { CI: "true" } };
const base: RunOptions = { target: "mock", runs: 5, strict: false, reportDir: "", report: true, quiet: true, verbose: false,
  throttleRate: 0, errorRate: 0, corpus: false, corpusDir: "", explore: false, stopAtFirst: false };

test("report rebuilds every file from a run's event log, and from a log cut short", async () => {
  const dir = mkdtempSync(join(tmpdir(), "harness-report-"));
  try {
    assert.is(await executeRun({ ...base, seed: 8, reportDir: join(dir, "run") }, quiet), EXIT.ok);
    const events = readFileSync(join(dir, "run", "events.jsonl"), "utf8");
    const out: string[] = [];
    assert.is(executeReport(join(dir, "run", "events.jsonl"), { reportDir: join(dir, "again") }, { write: (t) => out.push(t) }), EXIT.ok);
    assert.match(readFileSync(join(dir, "again", "junit.xml"), "utf8"), /<testsuites/);
    assert.match(readFileSync(join(dir, "again", "index.html"), "utf8"), /passed/);
    assert.match(out.join(""), /: passed/);
    const cut = events.split("\n").slice(0, 6).join("\n") + "\n{\"type\":\"ca";
    writeFileSync(join(dir, "killed.jsonl"), cut);
    executeReport(join(dir, "killed.jsonl"), { reportDir: join(dir, "killed") }, { write: (t) => out.push(t) });
    assert.match(out.join(""), /incomplete \(1 unreadable line/);
    assert.match(readFileSync(join(dir, "killed", "summary.md"), "utf8"), /incomplete/i);
    // A line of a known type but the wrong shape is skipped like a torn one, never handed to a report writer.
    const lines = events.trim().split("\n");
    writeFileSync(join(dir, "damaged.jsonl"), [lines[0], '{"type":"run.start","runId":5}', '{"type":"case","property":1}', ...lines.slice(1)].join("\n"));
    assert.is(executeReport(join(dir, "damaged.jsonl"), { reportDir: join(dir, "damaged") }, { write: (t) => out.push(t) }), EXIT.ok);
    assert.match(out.join(""), /: passed \(2 unreadable line\(s\) skipped: 2, 3\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("report on a missing log is a usage error", async () => {
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    assert.is(await main(["report", "/nonexistent/events.jsonl"]), EXIT.usage);
  } finally {
    process.stderr.write = write;
  }
});

test.run();
