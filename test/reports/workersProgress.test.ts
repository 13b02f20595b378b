/**
 * The combined progress line of `run --workers`: properties finished out of every worker's, or an exploration's
 * seconds; calls counted whether a worker sent them one by one or, in later rounds, as counts.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { RunEvent } from "../../events/runEvent.ts";
import { WorkersProgress } from "../../reports/workersProgress.ts";
import { findingFixture } from "../findingFixture.ts";

const AT = "2026-11-27T10:00:00.000Z";
const call: RunEvent = { type: "case", property: "p", operation: "GetIngestionDestination", coverage: [], result: "ok", durationMs: 2, attempts: 1, transient: [] };
const counted = (calls: number): RunEvent => ({ type: "cases", at: AT, property: "p", operations: [{ operation: "GetIngestionDestination", calls,
  results: { ok: calls }, transient: {}, coverage: {}, validCoverage: {}, latencyBuckets: [calls], totalMicros: 0, maxMs: 1 }] });
const ended: RunEvent = { type: "property.end", at: AT, property: "p", verdict: "passed", numRuns: 3, numShrinks: 0, durationMs: 1, seed: 1 };

test("a suite: properties finished out of every worker's, with the calls of both kinds of event", () => {
  const progress = new WorkersProgress({ workers: 2, properties: 4 });
  for (const event of [call, call, counted(40), ended, ended, ended]) progress.add(event);
  const line = progress.line(3000, 200);
  assert.match(line, /^2 workers \(0 done\) · 0 failures/u);
  assert.match(line, /3\/8 properties/u);
  assert.match(line, /42 calls/u);
  assert.match(line, /ETA/u);
});

test("an exploration: its time against the budget with the run's ETA; a worker's end and a failure counted once per fingerprint", () => {
  const progress = new WorkersProgress({ workers: 2, budgetMs: 60_000 });
  const failure: RunEvent = findingFixture({ at: AT, property: "p", kind: "model", severity: "failure", operation: "GetIngestionDestination",
    check: "c", message: "m", fingerprint: "f" });
  for (const event of [failure, failure, counted(7), { type: "run.end", at: AT, verdict: "failed", exitCode: 1, durationMs: 1, failures: 2, observations: 0 } satisfies RunEvent]) progress.add(event);
  const line = progress.line(30_000, 200);
  assert.match(line, /^2 workers \(1 done\) · 1 failure /u);
  assert.is(line, `2 workers (1 done) · 1 failure ${"█".repeat(12)}${"░".repeat(12)} 0 properties · 7 calls · run 30.0 s/1m 0s · ETA 30.0 s`);
});

test.run();
