import "../plainConsole.ts";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { executeRun } from "../../cli/executeRun.ts";
import type { RunIo } from "../../cli/RunIo.ts";
import { EXIT } from "../../cli/exitCodes.ts";
import { main } from "../../cli/main.ts";
import type { RunOptions } from "../../cli/runOptions.ts";

function capture(): RunIo & { text: () => string } {
  const chunks: string[] = [];
  return { stdout: { write: (s: string) => { chunks.push(s); return true; }, isTTY: false }, env: { CI: "true" }, text: () => chunks.join("") };
}

const base: RunOptions = { target: "mock", runs: 10, strict: false, reportDir: "", report: false, quiet: false, verbose: false, throttleRate: 0, errorRate: 0, corpus: false, corpusDir: "", explore: false, stopAtFirst: false };

test("run prints its seed first and exits 0 when every property holds", async () => {
  const io = capture();
  const code = await executeRun({ ...base, seed: 99 }, io);
  assert.is(code, EXIT.ok);
  const [first] = io.text().split("\n");
  assert.match(first ?? "", /seed 99/);
});

test("run exits 1 on findings and prints a replay command that reproduces them", async () => {
  const io = capture();
  const code = await executeRun({ ...base, seed: 5, mutant: "update-changes-processing", property: ["update-semantics"] }, io);
  assert.is(code, EXIT.findings);
  const replay = /replay: (appfabric-harness run .*)/.exec(io.text())?.[1];
  assert.ok(replay, io.text());
  const args = (replay ?? "").split(" ").slice(2);
  const path = args[args.indexOf("--path") + 1] ?? "";
  const again = capture();
  assert.is(await executeRun({ ...base, seed: 5, mutant: "update-changes-processing", property: ["update-semantics"], path }, again), EXIT.findings);
  assert.match(again.text(), /update-semantics: failed, 1 case,/);
});

test("run writes the report files to --report-dir", async () => {
  const dir = mkdtempSync(join(tmpdir(), "harness-run-"));
  try {
    assert.is(await executeRun({ ...base, seed: 3, report: true, reportDir: dir }, capture()), EXIT.ok);
    const events = readFileSync(join(dir, "events.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { type: string });
    assert.is(events[0]?.type, "run.start");
    assert.is(events.at(-1)?.type, "run.end");
    assert.match(readFileSync(join(dir, "junit.xml"), "utf8"), /<testsuites/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("bad usage exits 2 with a clear message", async () => {
  const errors: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((s: string) => { errors.push(String(s)); return true; }) as typeof process.stderr.write;
  try {
    assert.is(await main(["run", "--runs", "zero"]), EXIT.usage);
    assert.is(await main(["run", "--target", "nowhere"]), EXIT.usage);
    assert.is(await main(["run", "--property", "nope"]), EXIT.usage);
    assert.is(await main(["run", "--path", "0:1"]), EXIT.usage);
    assert.is(await main(["frobnicate"]), EXIT.usage);
    assert.is(await main(["run", "--throttle-rate", "0.7", "--error-rate", "0.5"]), EXIT.usage);
    assert.is(await main(["run", "--target", "live", "--endpoint", "http://127.0.0.1:1", "--mutant", "tags-lost"]), EXIT.usage);
  } finally {
    process.stderr.write = write;
  }
  const text = errors.join("");
  assert.match(text, /--runs takes an integer/);
  assert.match(text, /--target takes one of/);
  assert.match(text, /unknown property nope/);
  assert.match(text, /--path replays one case/);
  assert.match(text, /unknown command/);
  assert.match(text, /add up to more than 1/);
  assert.match(text, /a live endpoint takes none of them/);
});

test.run();
