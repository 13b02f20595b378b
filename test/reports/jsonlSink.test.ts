import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createJsonlSink } from "../../reports/jsonlSink.ts";
import { readEventLog } from "../../reports/readEventLog.ts";
import { rebuildReports } from "../../reports/rebuildReports.ts";
import { sampleEvents } from "./sampleEvents.ts";

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "jsonl-sink-"));
  dirs.push(dir);
  return dir;
};

test.after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

test("every emitted event is on disk before close() is called", () => {
  const file = join(tempDir(), "nested", "events.jsonl");
  const sink = createJsonlSink(file);
  const events = sampleEvents();
  events.slice(0, 5).forEach((event) => sink.emit(event));
  const lines = readFileSync(file, "utf8").trimEnd().split("\n");
  assert.is(lines.length, 5);
  assert.equal(lines.map((line) => JSON.parse(line) as unknown), events.slice(0, 5));
});

test("a log cut short, with a torn last line, still rebuilds as incomplete", () => {
  const dir = tempDir();
  const file = join(dir, "events.jsonl");
  const sink = createJsonlSink(file);
  sampleEvents().slice(0, 12).forEach((event) => sink.emit(event));
  appendFileSync(file, '{"type":"case","property":"cr'); // a write the kill interrupted
  const log = readEventLog(file);
  assert.is(log.events.length, 12);
  assert.equal(log.skippedLines, [13]);
  const result = rebuildReports(file, join(dir, "report"));
  assert.is(result.summary.verdict, "incomplete");
  assert.equal(result.skippedLines, [13]);
  assert.ok(readFileSync(result.paths.html, "utf8").includes('data-verdict="incomplete"'));
  assert.ok(readFileSync(result.paths.markdown, "utf8").includes("incomplete"));
  assert.ok(readFileSync(result.paths.junit, "utf8").includes('type="incomplete"'));
});

test("a process killed with SIGKILL leaves its events behind", () => {
  const file = join(tempDir(), "events.jsonl");
  const script = fileURLToPath(new URL("./killedRun.ts", import.meta.url));
  const child = spawnSync(process.execPath, ["--import", "tsx", script], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, KILLED_RUN_EVENTS: file, KILLED_RUN_COUNT: "14" },
  });
  assert.is(child.signal, "SIGKILL", child.stderr);
  const log = readEventLog(file);
  assert.equal(log.events, sampleEvents().slice(0, 14));
  assert.is(rebuildReports(file, join(file, "..", "report")).summary.verdict, "incomplete");
});

test("a new run starts a fresh log; emitting after close is an error", async () => {
  const file = join(tempDir(), "events.jsonl");
  appendFileSync(file, "old run\n");
  const sink = createJsonlSink(file);
  const [first] = sampleEvents();
  if (first) sink.emit(first);
  await sink.close();
  assert.is(readFileSync(file, "utf8").split("\n").filter(Boolean).length, 1);
  assert.throws(() => first && sink.emit(first), /closed/);
  assert.ok(existsSync(file));
});

test.run();
