import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { EventSink, RunEvent } from "../../events/runEvent.ts";
import { readHistory } from "../../reports/history.ts";
import { rebuildReports } from "../../reports/rebuildReports.ts";
import { createReportSinks } from "../../reports/reportSinks.ts";
import { sampleEvents } from "./sampleEvents.ts";

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "rebuild-"));
  dirs.push(dir);
  return dir;
};

test.after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function live(reportDir: string, events: readonly RunEvent[], historyFile?: string): Promise<ReturnType<typeof createReportSinks>> {
  const reports = createReportSinks({ reportDir, ...(historyFile ? { historyFile } : {}) });
  const sinks: readonly EventSink[] = reports.sinks;
  for (const event of events) for (const sink of sinks) sink.emit(event);
  for (const sink of sinks) await sink.close();
  return reports;
}

test("a live run writes all five files; rebuilding from its log gives the same reports", async () => {
  const historyFile = join(tempDir(), "history.jsonl");
  const { paths } = await live(tempDir(), sampleEvents(), historyFile);
  const rebuilt = rebuildReports(paths.events, tempDir(), { historyFile });
  for (const key of ["junit", "markdown", "html"] as const) {
    assert.is(readFileSync(rebuilt.paths[key], "utf8"), readFileSync(paths[key], "utf8"), `${key} is the same`);
  }
  assert.is(readHistory(historyFile).length, 1, "a rebuild does not record the same run twice");
});

test("each run appends one history entry that the HTML trend charts read", async () => {
  const dir = tempDir();
  await live(dir, sampleEvents("night-1"));
  const { paths } = await live(dir, sampleEvents("night-2"));
  const history = readHistory(paths.history);
  assert.equal(history.map((h) => h.runId), ["night-1", "night-2"]);
  assert.equal(history[1], {
    runId: "night-2", at: "2025-01-02T03:00:00.000Z", target: "emulator", mode: "run", seed: 424242, verdict: "failed", durationMs: 8000,
    cases: 9, calls: 9, callsPerSecond: 1.1, propertiesPassed: 1, propertiesFailed: 1, failures: 1, observations: 1,
    client: { source: "built-in" }, harness: "0.0.0-test", endpoint: "embedded emulator",
  });
  const specs = /<script type="application\/json" id="chart-specs">(.*?)<\/script>/s.exec(readFileSync(paths.html, "utf8"))?.[1];
  const parsed = JSON.parse(specs ?? "{}") as Record<string, { data: { labels: string[] } }>;
  assert.is(parsed["trend-throughput"]?.data.labels.length, 2);
});

/** The sample run as another target, mode or ending. */
function variant(runId: string, start: Partial<Extract<RunEvent, { type: "run.start" }>>, verdict?: "usage-error"): RunEvent[] {
  return sampleEvents(runId).map((e): RunEvent => (e.type === "run.start" ? { ...e, ...start } : e.type === "run.end" && verdict ? { ...e, verdict, exitCode: 2 } : e));
}

test("the trend compares runs of one target and mode; replays and runs refused as bad usage are not recorded", async () => {
  const dir = tempDir();
  const trendLabels = (html: string) => {
    const specs = /<script type="application\/json" id="chart-specs">(.*?)<\/script>/s.exec(html)?.[1];
    return (JSON.parse(specs ?? "{}") as Record<string, { data: { labels: string[] } }>)["trend-throughput"]?.data.labels.length ?? 0;
  };
  await live(dir, sampleEvents("emulator-1"));
  await live(dir, variant("explore-1", { mode: "explore" }));
  await live(dir, variant("mock-1", { target: "mock" }));
  const replay = await live(dir, variant("replay-1", { mode: "replay" }));
  assert.match(readFileSync(replay.paths.html, "utf8"), /Replays and runs refused as bad usage are kept out of the trend/);
  await live(dir, variant("usage-1", {}, "usage-error"));
  const { paths } = await live(dir, sampleEvents("emulator-2"));
  assert.equal(readHistory(paths.history).map((h) => `${h.runId} ${h.target} ${h.mode}`), ["emulator-1 emulator run", "explore-1 emulator explore", "mock-1 mock run", "emulator-2 emulator run"]);
  const html = readFileSync(paths.html, "utf8");
  assert.is(trendLabels(html), 2, "the two emulator runs, nothing else");
  assert.match(html, /The latest runs of target emulator in run mode/);
  const explore = await live(dir, variant("explore-2", { mode: "explore" }));
  assert.is(trendLabels(readFileSync(explore.paths.html, "utf8")), 2, "the two explorations");
});

test("the history file path is configurable and junk lines in it are ignored", async () => {
  const historyFile = join(tempDir(), "elsewhere", "trend.jsonl");
  await live(tempDir(), sampleEvents("a"), historyFile);
  appendFileSync(historyFile, "not json\n{}\n");
  await live(tempDir(), sampleEvents("b"), historyFile);
  assert.equal(readHistory(historyFile).map((h) => h.runId), ["a", "b"]);
});

test.run();
