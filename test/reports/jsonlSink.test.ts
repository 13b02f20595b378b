import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { RunEvent } from "../../events/runEvent.ts";
import { createJsonlSink } from "../../reports/jsonlSink.ts";
import { readEventLog } from "../../reports/readEventLog.ts";
import { rebuildReports } from "../../reports/rebuildReports.ts";
import { summarize } from "../../reports/summarize.ts";
import { sampleEvents, sampleRounds } from "./sampleEvents.ts";

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "jsonl-sink-"));
  dirs.push(dir);
  return dir;
};

test.after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** An event's line in a log: its type, and the property a later round's line is about. */
const kind = (e: RunEvent) => (e.type === "cases" || (e.type === "property.end" && e.verdict === "passed") ? `${e.type} ${e.property}` : e.type);

test("a property is listed up to its first end; after it its calls are counted, passing ends folded and starts left out, written once flushMs has passed and before the run's end", () => {
  const file = join(tempDir(), "nested", "events.jsonl");
  let clock = 0;
  const sink = createJsonlSink(file, { flushMs: 1000, now: () => clock });
  const events = sampleRounds(3);
  const lines = () => readEventLog(file).events;
  const third = events.findIndex((e) => e.type === "round" && e.round === 3);
  const first = events.findIndex((e) => e.type === "round" && e.round === 2);
  events.slice(0, third).forEach((event) => sink.emit(event));
  sink.emit({ type: "progress", property: "create.valid", runs: 1, total: 6, shrinks: 0 });
  assert.equal(lines().slice(0, first), events.slice(0, first), "round 1 as it came");
  const roundTwoFindings = events.slice(first, third).filter((e) => e.type === "finding").map(kind);
  assert.ok(roundTwoFindings.length > 0);
  assert.equal(lines().slice(first).map(kind), ["round", ...roundTwoFindings, "property.end"],
    "round 2: its findings and its failure at once, nothing of its passing property, no progress");
  clock = 1000;
  sink.emit(events[third] as RunEvent);
  assert.equal(lines().slice(-4).map(kind), ["cases create.valid", "property.end create.valid", "cases create.invalid", "round"], "a second on, round 2 counted");
  const counted = lines().at(-4), round3 = events[third];
  assert.is(counted?.type === "cases" && round3?.type === "round" && counted.at === round3.at, true, "stamped with the latest time an event gave, never the clock's");
  events.slice(third + 1).forEach((event) => sink.emit(event));
  assert.equal(lines().slice(-4).map(kind), ["cases create.valid", "property.end create.valid", "cases create.invalid", "run.end"], "the run's end last, round 3 counted before it");
  assert.equal(summarize(lines()), summarize(events));
});

test("a log cut short, with a torn last line, still rebuilds as incomplete", () => {
  const dir = tempDir();
  const file = join(dir, "events.jsonl");
  const sink = createJsonlSink(file);
  sampleEvents().slice(0, 12).forEach((event) => sink.emit(event));
  appendFileSync(file, '{"type":"case","property":"cr'); // a write the kill interrupted
  const log = readEventLog(file);
  assert.equal(log.events, sampleEvents().slice(0, 12));
  assert.equal(log.skippedLines, [13]);
  const result = rebuildReports(file, join(dir, "report"));
  assert.is(result.summary.verdict, "incomplete");
  assert.equal(result.skippedLines, [13]);
  assert.ok(readFileSync(result.paths.html, "utf8").includes('data-verdict="incomplete"'));
  assert.ok(readFileSync(result.paths.markdown, "utf8").includes("incomplete"));
  assert.ok(readFileSync(result.paths.junit, "utf8").includes('type="incomplete"'));
});

test("a process killed with SIGKILL leaves every line it wrote behind: each event, and the calls counted so far", () => {
  const file = join(tempDir(), "events.jsonl");
  const script = fileURLToPath(new URL("./killedRun.ts", import.meta.url));
  const count = sampleEvents().length + 12;
  const child = spawnSync(process.execPath, ["--import", "tsx", script], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, KILLED_RUN_EVENTS: file, KILLED_RUN_COUNT: String(count), KILLED_RUN_FLUSH_MS: "0" },
  });
  assert.is(child.signal, "SIGKILL", child.stderr);
  const emitted = sampleRounds(2).slice(0, count);
  const log = readEventLog(file);
  assert.ok(log.events.some((e) => e.type === "cases"), "round 2's calls counted");
  assert.equal(log.events.filter((e) => e.type === "finding"), emitted.filter((e) => e.type === "finding"));
  const rebuilt = rebuildReports(file, join(file, "..", "report")).summary;
  assert.is(rebuilt.verdict, "incomplete");
  assert.is(rebuilt.calls, emitted.filter((e) => e.type === "case").length);
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
