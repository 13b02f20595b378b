/** An event log that counts exploration's later calls instead of listing them rebuilds every report file exactly as the live run wrote it. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { executeRun } from "../../cli/executeRun.ts";
import { EXIT } from "../../cli/exitCodes.ts";
import type { RunOptions } from "../../cli/runOptions.ts";
import type { CaseEvent, PropertyEnd, RunEvent } from "../../events/runEvent.ts";
import { readHistory } from "../../reports/history.ts";
import { createJsonlSink } from "../../reports/jsonlSink.ts";
import { readEventLog } from "../../reports/readEventLog.ts";
import { rebuildReports } from "../../reports/rebuildReports.ts";
import { reportPaths, type ReportPaths } from "../../reports/reportPaths.ts";
import { summarize } from "../../reports/summarize.ts";
import { writeReports } from "../../reports/writeReports.ts";
import { sampleRounds } from "./sampleEvents.ts";

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "aggregated-"));
  dirs.push(dir);
  return dir;
};

test.after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const FILES = ["junit", "markdown", "html"] as const;

function assertSameFiles(live: ReportPaths, rebuilt: ReportPaths): void {
  for (const key of FILES) assert.is(readFileSync(rebuilt[key], "utf8"), readFileSync(live[key], "utf8"), `${key} differs`);
  assert.equal(readHistory(rebuilt.history), readHistory(live.history), "history differs");
}

const call: fc.Arbitrary<Omit<CaseEvent, "property">> = fc.record({
  type: fc.constant("case" as const),
  operation: fc.constantFrom("CreateIngestionDestination", "GetIngestionDestination", "ListIngestionDestinations"),
  coverage: fc.uniqueArray(fc.constantFrom("branch:s3Bucket", "branch:firehoseStream", "bound:bucketName:max", "defect:tooLong", "unsent:defect:badEnum"), { maxLength: 3 }),
  result: fc.constantFrom("ok", "ValidationException", "ResourceNotFoundException"),
  durationMs: fc.double({ min: 0, max: 9000, noNaN: true }),
  attempts: fc.integer({ min: 1, max: 3 }),
  transient: fc.array(fc.constantFrom("ThrottlingException", "InternalServerException"), { maxLength: 2 }),
});

/** How a property's round ended: its verdict, with a failure's seed and counterexample (the round's), and its time. */
const roundEnd = fc.record({
  verdict: fc.constantFrom("passed", "failed", "inconclusive"),
  durationMs: fc.double({ min: 0, max: 90_000, noNaN: true }),
  numRuns: fc.integer({ min: 0, max: 100 }),
  inconclusive: fc.integer({ min: 0, max: 3 }),
  interrupted: fc.boolean(),
});
type RoundEnd = typeof roundEnd extends fc.Arbitrary<infer T> ? T : never;

function ended(event: PropertyEnd, round: number, how: RoundEnd | undefined): PropertyEnd {
  if (how === undefined) return event;
  const { type, at, property, numShrinks } = event;
  return { type, at, property, numShrinks, seed: round, numRuns: how.numRuns, durationMs: how.durationMs, verdict: how.verdict,
    ...(how.inconclusive > 0 ? { inconclusive: how.inconclusive } : {}), ...(how.interrupted ? { interrupted: true } : {}),
    ...(how.verdict === "failed" ? { path: `${round}:0`, counterexample: `{"round":${round}}`, replay: `replay ${round}` } : {}) };
}

test("random calls and ends in five rounds, counted and folded at random moments, rebuild the live run's junit, Markdown, HTML and history byte for byte", () => {
  const rounds = sampleRounds(5).filter((event) => event.type !== "case");
  fc.assert(fc.property(
    fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.constantFrom("create.valid", "create.invalid"), call), { maxLength: 300 }),
    fc.array(roundEnd, { minLength: 10, maxLength: 10 }),
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1 }), fc.integer({ min: 1, max: 5 }),
    (calls, ends, steps, flushMs) => {
      // The calls among the sample's other events, each inside its round's start and end of its property; each end as drawn.
      let round = 0;
      const events = rounds.flatMap((event): RunEvent[] => {
        if (event.type === "round") round = event.round;
        if (event.type !== "property.end") return [event];
        const how = ends[(round - 1) * 2 + (event.property === "create.valid" ? 0 : 1)];
        return [...calls.filter(([r, p]) => r === round && p === event.property).map(([, property, c]): RunEvent => ({ ...c, property })), ended(event, round, how)];
      });
      const dir = tempDir();
      const live = reportPaths(join(dir, "live"));
      writeReports(summarize(events), live);
      let clock = 0;
      const sink = createJsonlSink(live.events, { flushMs, now: () => clock });
      events.forEach((event, index) => {
        clock += steps[index % steps.length] ?? 0;
        sink.emit(event);
      });
      const logged = readEventLog(live.events).events;
      assert.is(logged.filter((e) => e.type === "case").length, calls.filter(([r]) => r === 1).length, "the first round's calls listed, the others counted");
      const rebuilt = rebuildReports(live.events, join(dir, "rebuilt"));
      assertSameFiles(live, rebuilt.paths);
      rmSync(dir, { recursive: true, force: true });
    }), { numRuns: 40, seed: 20250102 });
});

test("a real exploratory run on the emulator: its log, and one counted at every event, rebuild every file it wrote", async () => {
  const dir = tempDir();
  const counted = join(dir, "every-event.jsonl");
  const options: RunOptions = { target: "emulator", runs: 5, strict: false, reportDir: join(dir, "live"), report: true, quiet: true, verbose: false,
    throttleRate: 0.1, errorRate: 0, corpus: false, corpusDir: "", explore: true, stopAtFirst: false, maxRequests: 800, seed: 12 };
  const io = { stdout: { write: () => true, isTTY: false }, env: { CI: "true" }, sinks: [createJsonlSink(counted, { flushMs: 0 })] };
  assert.is(await executeRun(options, io), EXIT.ok);
  const live = reportPaths(join(dir, "live"));
  const log = readFileSync(live.events, "utf8").split("\n").filter(Boolean).map((line) => (JSON.parse(line) as RunEvent).type);
  const second = log.indexOf("round", log.indexOf("round") + 1);
  assert.ok(second > 0, "several rounds");
  assert.not.ok(log.slice(second).includes("case"), "after the first round calls are counted");
  assert.ok(log.includes("cases") && !log.includes("progress"), "progress is not logged");
  assertSameFiles(live, rebuildReports(live.events, join(dir, "from-log")).paths);
  assertSameFiles(live, rebuildReports(counted, join(dir, "from-every-event")).paths);
});

test.run();
