/** mergeShardLogs: the parts of one run become that run's log; what is missing or foreign is said, never passed over. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Shard } from "../../events/Shard.ts";
import fc from "fast-check";
import type { CaseEvent, PropertyEnd, RunEnd, RunEvent, RunStart } from "../../events/runEvent.ts";
import { LogCompactor } from "../../reports/LogCompactor.ts";
import { mergeShardLogs, ShardMismatch, type ShardLog } from "../../reports/mergeShardLogs.ts";
import { summarize } from "../../reports/summarize.ts";
import { findingFixture } from "../findingFixture.ts";

const AT = "2026-11-27T10:00:00.000Z";

function start(shard: Shard, extra: Partial<RunStart> = {}): RunStart {
  return { type: "run.start", runId: `run-${shard.index}`, at: AT, seed: 9, target: "emulator", strict: false, runs: 10,
    command: `appfabric-harness run --target emulator --seed 9 --shard ${shard.index}/${shard.count}`, shard, ...extra };
}

function end(property: string, numRuns: number, extra: Partial<PropertyEnd> = {}): PropertyEnd {
  return { type: "property.end", at: AT, property, verdict: "passed", numRuns, numShrinks: 0, durationMs: 5, seed: 9, ...extra };
}

function runEnd(extra: Partial<RunEnd> = {}): RunEnd {
  return { type: "run.end", at: AT, verdict: "passed", exitCode: 0, durationMs: 100, failures: 0, observations: 0, ...extra };
}

function log(shard: Shard, body: RunEvent[], finished = true): ShardLog {
  return { source: `shard-${shard.index}/events.jsonl`, events: [start(shard), ...body, ...(finished ? [runEnd()] : [])] };
}

const call = (property: string, result = "ok"): RunEvent => ({ type: "case", property, operation: "CreateIngestionDestination",
  coverage: ["branch:s3Bucket"], result, durationMs: 3, attempts: 1, transient: [] });

const ends = (events: readonly RunEvent[]) => events.filter((e): e is PropertyEnd => e.type === "property.end");
const runEndOf = (events: readonly RunEvent[]) => events.find((e): e is RunEnd => e.type === "run.end");

test("two passing halves make one passing run: one start without the shard, calls and cases added up", () => {
  const merged = mergeShardLogs([
    log({ index: 2, count: 2 }, [call("create-valid"), end("create-valid", 5)]),
    log({ index: 1, count: 2 }, [call("create-valid"), call("create-valid"), end("create-valid", 5)]),
  ]);
  const starts = merged.filter((e): e is RunStart => e.type === "run.start");
  assert.is(starts.length, 1);
  assert.is(starts[0]?.shard, undefined);
  assert.is(starts[0]?.command, "appfabric-harness run --target emulator --seed 9");
  assert.equal(ends(merged).map((e) => [e.property, e.verdict, e.numRuns]), [["create-valid", "passed", 10]]);
  const summary = summarize(merged);
  assert.is(summary.verdict, "passed");
  assert.is(summary.cases, 10, "the parts' cases added up");
  assert.is(summary.calls, 3, "and their calls");
  assert.is(runEndOf(merged)?.exitCode, 0);
});

test("a property failed in any part fails, with the earliest failing case of the run's seed", () => {
  const failure = (path: string, seed = 9) => end("update-semantics", 3, { verdict: "failed", path, seed, replay: `replay ${path}`, counterexample: path });
  const finding: RunEvent = findingFixture({ at: AT, property: "update-semantics", kind: "model", severity: "failure",
    operation: "UpdateIngestionDestination", check: "keeps-x", message: "m", fingerprint: "fp" });
  const merged = mergeShardLogs([
    { ...log({ index: 1, count: 3 }, [{ ...finding, position: 6 }, failure("6:0:1")]) },
    log({ index: 2, count: 3 }, [end("update-semantics", 7)]),
    log({ index: 3, count: 3 }, [{ ...finding, position: 2 }, failure("2:1"), failure("0:0", 1234)]),
  ]);
  const [merged_] = ends(merged);
  assert.is(merged_?.verdict, "failed");
  assert.is(merged_?.path, "2:1", "the earliest case a whole run with seed 9 fails at");
  assert.is(merged_?.replay, "replay 2:1");
  assert.is(merged_?.numRuns, 3 + 3, "positions 0 to 2 of the first round, where a whole run stops, and the later round's");
  const summary = summarize(merged);
  assert.is(summary.verdict, "failed");
  assert.is(summary.failures, 1, "the failure found past the earliest one is not the run's");
  assert.is(runEndOf(merged)?.exitCode, 1);
});

test("what the parts ran past the first round's earliest failure is not the run's: calls, findings, later failures", () => {
  const at = (position: number, result = "ok"): RunEvent => ({ ...(call("p", result) as object), position } as RunEvent);
  const observation = (position: number): RunEvent => (findingFixture({ at: AT, property: "p", kind: "model", severity: "observation",
    operation: "GetIngestionDestination", check: "order", message: "m", fingerprint: `obs-${position}`, position }));
  const failure = (position: number, fingerprint: string): RunEvent[] => [
    findingFixture({ at: AT, property: "p", kind: "model", severity: "failure", operation: "CreateIngestionDestination",
      check: "c", message: "m", fingerprint, position }),
    end("p", 0, { verdict: "failed", path: `${position}:0` }),
  ];
  const merged = mergeShardLogs([
    log({ index: 1, count: 2 }, [at(0), observation(0), at(2), at(4), at(4), ...failure(4, "bug-a")]),
    log({ index: 2, count: 2 }, [at(1), at(3), at(5), observation(5), at(7), ...failure(7, "bug-b")]),
  ]);
  const positions = merged.filter((e) => e.type === "case").map((e) => (e as { position?: number }).position);
  assert.equal(positions, [0, 2, 4, 4, 1, 3], "the calls of cases 0 to 4 only");
  const summary = summarize(merged);
  assert.equal(summary.findings.map((f) => f.fingerprint).sort(), ["bug-a", "obs-0"]);
  assert.is(ends(merged)[0]?.path, "4:0");
  assert.is(ends(merged)[0]?.numRuns, 5);
});

test("a missing part or a log cut short is an infrastructure error, never a pass", () => {
  const missing = mergeShardLogs([log({ index: 1, count: 3 }, [end("p", 3)]), log({ index: 3, count: 3 }, [end("p", 3)])]);
  assert.is(runEndOf(missing)?.verdict, "infrastructure-error");
  assert.is(runEndOf(missing)?.exitCode, 3);
  assert.ok(summarize(missing).infrastructure.some((m) => /shard 2\/3: no event log/.test(m)));
  const cut = mergeShardLogs([log({ index: 1, count: 2 }, [end("p", 3)]), log({ index: 2, count: 2 }, [call("p")], false)]);
  assert.is(runEndOf(cut)?.verdict, "infrastructure-error");
  assert.ok(summarize(cut).infrastructure.some((m) => /shard 2\/2 \(shard-2\/events\.jsonl\): the log ends before its run did/.test(m)));
});

test("a failure found is the verdict even with a part missing", () => {
  const merged = mergeShardLogs([log({ index: 1, count: 2 }, [end("p", 3, { verdict: "failed", path: "0" })])]);
  assert.is(runEndOf(merged)?.verdict, "failed");
  assert.is(runEndOf(merged)?.exitCode, 1);
});

test("logs of different runs, splits or the same part twice are refused, naming them", () => {
  const refused = (logs: ShardLog[], pattern: RegExp, whole?: Shard) => {
    try {
      mergeShardLogs(logs, whole);
    } catch (error) {
      assert.instance(error, ShardMismatch);
      assert.match((error as Error).message, pattern);
      return;
    }
    assert.unreachable("merged");
  };
  const other = { ...log({ index: 2, count: 2 }, []), events: [start({ index: 2, count: 2 }, { seed: 10 }), runEnd()] };
  refused([log({ index: 1, count: 2 }, []), other], /not parts of one run: seed 10 and 9/);
  refused([log({ index: 1, count: 2 }, []), log({ index: 1, count: 3 }, [])], /parts of different splits/);
  refused([log({ index: 1, count: 2 }, []), log({ index: 1, count: 2 }, [])], /shard 1\/2 is given twice/);
  refused([log({ index: 2, count: 4 }, [])], /not a part of 1\/2/, { index: 1, count: 2 });
  refused([{ source: "x.jsonl", events: [call("p")] }], /x\.jsonl holds no run\.start/);
});

test("workers' parts merge into their shard: the log of shard 1/2 from parts 1/4 and 3/4", () => {
  const merged = mergeShardLogs([log({ index: 1, count: 4 }, [end("p", 2)]), log({ index: 3, count: 4 }, [end("p", 2)])], { index: 1, count: 2 });
  const [first] = merged;
  assert.equal((first as RunStart).shard, { index: 1, count: 2 });
  assert.is((first as RunStart).command, "appfabric-harness run --target emulator --seed 9 --shard 1/2");
  assert.is(runEndOf(merged)?.verdict, "passed");
  // ...and that log is a part of the whole run like any other.
  const whole = mergeShardLogs([{ source: "a", events: merged }, log({ index: 2, count: 2 }, [end("p", 4)])]);
  assert.equal(ends(whole).map((e) => e.numRuns), [8]);
});

/**
 * Part `index` of 2 of an exploration: round 1 (seed 9) runs the part's positions of p, failing at position 4 in
 * part 1; rounds 2 and 3 are whole rounds on the part's own seeds, each with a call per position and a drawn end.
 */
function explored(index: number, later: readonly { calls: number; end: Partial<PropertyEnd> }[]): ShardLog {
  const shard = { index, count: 2 };
  const at = (property: string, position: number, durationMs: number): RunEvent => ({ ...(call(property) as CaseEvent), durationMs, position });
  const first = [0, 1, 2, 3, 4, 5, 6, 7].filter((position) => position % 2 === index - 1);
  const failing = index === 1;
  const roundOne: RunEvent[] = [
    { type: "round", at: AT, round: 1, seed: 9 },
    { type: "property.start", at: AT, property: "p", description: "p" },
    ...first.flatMap((position) => [at("p", position, position + 0.1), at("p", position, position + 0.2)]),
    ...(failing ? [findingFixture({ at: AT, property: "p", kind: "model", severity: "failure", operation: "CreateIngestionDestination",
      check: "c", message: "m", fingerprint: "bug", position: 4 }) satisfies RunEvent] : []),
    end("p", first.length, failing ? { verdict: "failed", path: "4:0", counterexample: "{}" } : {}),
  ];
  const rounds = later.flatMap((round, i): RunEvent[] => [
    { type: "round", at: AT, round: i + 2, seed: 100 * index + i },
    { type: "property.start", at: AT, property: "p", description: "p" },
    ...Array.from({ length: round.calls }, (_, position) => at("p", position, 1 / 3 + position)),
    end("p", round.calls, { seed: 100 * index + i, durationMs: 1 / 7 + i, ...round.end }),
  ]);
  return log(shard, [...roundOne, ...rounds]);
}

test("an exploration's parts merge the same whether their later rounds were listed or counted and folded, as the event log keeps them", () => {
  const laterRound = fc.record({ calls: fc.integer({ min: 0, max: 6 }), end: fc.record({
    verdict: fc.constantFrom("passed" as const, "inconclusive" as const, "failed" as const), inconclusive: fc.integer({ min: 0, max: 2 }),
    durationMs: fc.double({ min: 0, max: 1000, noNaN: true }) }) });
  fc.assert(fc.property(fc.array(laterRound, { maxLength: 4 }), fc.array(laterRound, { maxLength: 4 }), fc.constantFrom(0, 5, 1000), (one, two, flushMs) => {
    const parts = [explored(1, one), explored(2, two)];
    let clock = 0;
    const compacted = (part: ShardLog, every: number): ShardLog => {
      const events: RunEvent[] = [];
      const compactor = new LogCompactor((event) => events.push(event), { flushMs: every, now: () => clock++ });
      part.events.forEach((event) => compactor.emit(event));
      compactor.flush();
      return { source: part.source, events };
    };
    const logged = parts.map((part) => compacted(part, flushMs));
    assert.equal(logged.map((part) => part.events.filter((e) => e.type === "case").length), [4 * 2, 4 * 2], "round 1 listed, later rounds counted");
    const merged = mergeShardLogs(logged);
    assert.equal(summarize(merged), summarize(mergeShardLogs(parts)));
    // A worker compacts what it sends (counts often), and its parent compacts what it keeps: the same run.
    const twice = parts.map((part) => compacted(compacted(part, 0), flushMs));
    assert.equal(summarize(mergeShardLogs(twice)), summarize(merged), "counts compacted again add up");
    const countLines = (part: ShardLog | undefined) => part?.events.filter((e) => e.type === "cases").length;
    if (flushMs === 1000) assert.equal(twice.map(countLines), logged.map(countLines), "a worker's frequent counts make no more lines in the log");
    const summary = summarize(merged);
    assert.is(summary.rounds, 1 + one.length + two.length, "the first round once, then every part's later rounds");
    assert.is(summary.calls, 5 * 2 + [...one, ...two].reduce((sum, r) => sum + r.calls, 0), "round 1 cut at position 4, later rounds whole");
    assert.is(summary.properties[0]?.end?.path, "4:0");
  }), { numRuns: 200, seed: 5 });
});

test("the plan: one, with budgets added up; a class hit by any part counts as hit", () => {
  const plan = (budget: number, leftOut: { id: string; reason: string }[]): RunEvent => ({ type: "plan", at: AT, requests: 10, budget, leftOut,
    classes: [{ id: "valid-s3", description: "s3", operation: "CreateIngestionDestination", tag: "branch:s3Bucket" },
      { id: "firehose", description: "firehose", tag: "branch:firehoseStream" }] });
  const merged = mergeShardLogs([
    log({ index: 1, count: 2 }, [plan(5, [{ id: "firehose", reason: "the budget" }]), call("coverage-plan")]),
    log({ index: 2, count: 2 }, [plan(5, [{ id: "valid-s3", reason: "the budget" }])]),
  ]);
  const plans = merged.filter((e) => e.type === "plan");
  assert.is(plans.length, 1);
  const summary = summarize(merged);
  assert.is(summary.plan?.budget, 10);
  assert.is(summary.plan?.hit, 1);
  assert.equal(summary.plan?.missed.map((m) => [m.id, m.why]), [["firehose", "the budget"]]);
});

test.run();
