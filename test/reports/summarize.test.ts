import { test } from "uvu";
import * as assert from "uvu/assert";
import type { RunEvent } from "../../events/runEvent.ts";
import { formatLatencyRange } from "../../reports/formatNumbers.ts";
import { LATENCY_BOUNDS_MS, latencyBucket, latencyPercentile } from "../../reports/latencyBuckets.ts";
import { summarize } from "../../reports/summarize.ts";
import { sampleEvents } from "./sampleEvents.ts";

test("a finished run takes its verdict and duration from run.end", () => {
  const summary = summarize(sampleEvents());
  assert.is(summary.verdict, "failed");
  assert.is(summary.durationMs, 8000);
  assert.is(summary.calls, 9);
  assert.is(summary.cases, 9, "6 cases of one property and 3 of the other");
  assert.equal(summary.properties.map((p) => [p.property, p.end?.verdict, p.calls]), [["create.valid", "passed", 6], ["create.invalid", "failed", 3]]);
});

test("findings are bucketed by fingerprint, numbered as first seen, with the cases the properties' ends count", () => {
  const summary = summarize(sampleEvents());
  assert.is(summary.failures, 1);
  assert.is(summary.observations, 1);
  assert.equal(summary.findings.map((f) => [f.number, f.fingerprint, f.severity, f.cases]), [[1, "obs-1", "observation", 2], [2, "fail-1", "failure", 1]]);
  assert.equal(summary.properties.map((p) => p.findings), [[1], [2]]);
  assert.equal(summary.properties[1]?.checks, ["contract", "label"]);
});

test("coverage counts tags and lists declared tags never generated", () => {
  const summary = summarize(sampleEvents());
  assert.equal(summary.coverage.find((c) => c.name === "branch:s3Bucket"), { name: "branch:s3Bucket", count: 5 });
  assert.equal(summary.coverageMissing, ["bound:bucketName:min"]);
});

test("error coverage splits documented errors into observed and never observed, transient ones included", () => {
  const create = summarize(sampleEvents()).errorCoverage.find((e) => e.operation === "CreateIngestionDestination");
  assert.equal(create?.observed, [{ name: "ThrottlingException", count: 1 }, { name: "ValidationException", count: 2 }]);
  assert.equal(create?.neverObserved, ["ConflictException", "ServiceQuotaExceededException"]);
  assert.equal(create?.undocumented, []);
});

test("errors outside the documented list are undocumented; operations without a list are marked", () => {
  const events: RunEvent[] = [
    { ...(sampleEvents()[0] as Extract<RunEvent, { type: "run.start" }>) },
    { type: "case", property: "p", operation: "DeleteIngestion", coverage: [], result: "TeapotException", durationMs: 1, attempts: 1, transient: [] },
  ];
  const entry = summarize(events).errorCoverage.find((e) => e.operation === "DeleteIngestion");
  assert.is(entry?.documented, false);
  assert.equal(entry?.undocumented, [{ name: "TeapotException", count: 1 }]);
});

test("latency lands in log-spaced buckets per operation", () => {
  assert.is(latencyBucket(0.5), 0);
  assert.is(latencyBucket(3), 2);
  assert.is(latencyBucket(999_999), LATENCY_BOUNDS_MS.length);
  const get = summarize(sampleEvents()).operations.find((o) => o.operation === "GetIngestionDestination");
  // Durations 40 and 47 ms fall in (20, 50], 54 ms in (50, 100].
  assert.is(get?.latency.buckets[latencyBucket(40)], 2);
  assert.is(get?.latency.buckets[latencyBucket(54)], 1);
  assert.is(get?.latency.maxMs, 54);
});

test("p50 and p95 are the histogram buckets they fall in, capped by the slowest call", () => {
  // GetIngestionDestination: 40, 47 and 54 ms.
  const get = summarize(sampleEvents()).operations.find((o) => o.operation === "GetIngestionDestination");
  assert.ok(get);
  if (!get) return;
  assert.equal(latencyPercentile(get.latency, 0.5), { aboveMs: 20, upToMs: 50 });
  assert.equal(latencyPercentile(get.latency, 0.95), { aboveMs: 50, upToMs: 54 });
  assert.equal([formatLatencyRange({ aboveMs: 20, upToMs: 50 }), formatLatencyRange({ aboveMs: 0, upToMs: 0.4 }), formatLatencyRange({ aboveMs: 500, upToMs: 1400 })],
    ["20–50 ms", "≤ 0.4 ms", "500 ms–1.4 s"]);
  assert.is(latencyPercentile({ buckets: [], count: 0, maxMs: 0 }, 0.5), undefined);
  const slow = { buckets: [...LATENCY_BOUNDS_MS.map(() => 0), 3], count: 3, maxMs: 7200 };
  assert.equal(latencyPercentile(slow, 0.95), { aboveMs: 5000, upToMs: 7200 });
});

test("exploration: a property's rounds add up to one end; the first failure stays its verdict, with its counterexample; rounds are counted", () => {
  const [start, ...rest] = sampleEvents();
  const end = rest.pop() as RunEvent;
  const round = (n: number, events: readonly RunEvent[]): RunEvent[] => [{ type: "round", at: "2025-01-02T03:00:00.000Z", round: n, seed: n }, ...events];
  const passing = rest.map((e): RunEvent => (e.type === "property.end"
    ? { type: e.type, at: e.at, property: e.property, verdict: "passed", numRuns: 6, numShrinks: 0, durationMs: 1, seed: 2 } : e));
  const failingAgain = rest.map((e): RunEvent => (e.type === "property.end" ? { ...e, seed: 3, ...(e.verdict === "failed" ? { counterexample: "{}" } : {}) } : e));
  const summary = summarize([start as RunEvent, ...round(1, rest), ...round(2, passing), ...round(3, failingAgain), end]);
  const invalid = summary.properties.find((p) => p.property === "create.invalid");
  assert.equal([invalid?.end?.verdict, invalid?.end?.seed, invalid?.end?.numRuns, invalid?.end?.durationMs], ["failed", 424242, 3 + 6 + 3, 2000 + 1 + 2000]);
  assert.ok(invalid?.end?.counterexample?.startsWith('{"bucketName"'), "round 1's counterexample");
  const valid = summary.properties.find((p) => p.property === "create.valid")?.end;
  assert.equal([valid?.verdict, valid?.seed, valid?.numRuns], ["passed", 3, 6 + 6 + 6], "the runs of every round, the latest round's seed");
  assert.is(summary.rounds, 3);
  assert.is(summary.mode, "run", "a log without a mode is a run's");
});

test("a log without run.end is incomplete, measured up to its last timestamp", () => {
  const events = sampleEvents().filter((e) => e.type !== "run.end" && !(e.type === "property.end" && e.property === "create.invalid"));
  const summary = summarize(events);
  assert.is(summary.verdict, "incomplete");
  assert.is(summary.durationMs, 5000);
  assert.is(summary.properties[1]?.end, undefined);
});

test("a run is on the wire when its start says its target is, whatever the target is called", () => {
  const [start, ...rest] = sampleEvents();
  if (start?.type !== "run.start") throw new Error("the sample starts with run.start");
  assert.ok(summarize([start, ...rest]).wire);
  assert.not.ok(summarize([{ ...start, target: "emulator", onWire: false }, ...rest]).wire);
  assert.ok(summarize([{ ...start, target: "gate", onWire: true }, ...rest]).wire);
  assert.is(summarize([]).verdict, "incomplete");
});

test.run();
