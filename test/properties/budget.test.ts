import { test } from "uvu";
import * as assert from "uvu/assert";
import { mutantNamed } from "../../emulator/mutants/catalogue.ts";
import type { RunEvent } from "../../events/runEvent.ts";
import { EMPTY_STATE } from "../../model/index.ts";
import { DEFAULT_SUITE } from "../../properties/defaultSuite.ts";
import { exploreSuite } from "../../properties/exploreSuite.ts";
import { Oracle } from "../../properties/Oracle.ts";
import { RunBudget } from "../../properties/RunBudget.ts";
import type { Target } from "../../targets/target.ts";
import { contract, localEnv, localModelTarget, runAgainst } from "./harness.ts";
import { create, first, sequence } from "./sequences.ts";

/** Counts what reaches the target, so a test can hold the budget to its word. */
function counting(target: Target): Target & { sent: () => number } {
  let sent = 0;
  return { ...target, send: (op, input) => { sent++; return target.send(op, input); }, sent: () => sent };
}

async function leftovers(target: Target): Promise<number> {
  const outcome = await target.send("ListAppBundles", {});
  return outcome.ok ? (outcome.output.appBundleSummaryList as unknown[]).length : -1;
}

test("a request budget stops the run, reports what it left unrun, and still cleans up", async () => {
  const target = counting(localModelTarget());
  const run = await runAgainst(target, { budget: new RunBudget({ maxRequests: 60 }) });
  assert.is(run.stoppedBy, "max-requests");
  assert.ok(run.notRun.length > 0, "every property ran within 60 requests?");
  assert.is(run.failures, 0);
  // New work stops at 60; cleanup and teardown may add a few, never a run's worth.
  assert.ok(target.sent() <= 60 + 10, `${target.sent()} requests sent`);
  assert.is(await leftovers(target), 0, "the run's app bundle was left behind");
});

test("a time budget stops the run at its deadline", async () => {
  const started = performance.now();
  const run = await runAgainst(localModelTarget(), { numRuns: 1_000_000, budget: new RunBudget({ deadline: performance.now() + 500 }) });
  assert.is(run.stoppedBy, "time-budget");
  assert.ok(performance.now() - started < 5000, "the run overran its budget by seconds");
});

test("a deadline that falls inside a case lets that case finish before the next property starts: no case outlives its property", async () => {
  // Every call takes a few milliseconds, so the deadline lands inside a case, mid-calls.
  const model = localModelTarget();
  const slow: Target = { ...model, send: async (op, input) => { await new Promise((r) => setTimeout(r, 3)); return model.send(op, input); } };
  for (const ms of [150, 400, 900]) {
    const run = await runAgainst(slow, { numRuns: 1000, budget: new RunBudget({ deadline: performance.now() + ms }) });
    const ended = new Set<string>();
    const late: string[] = [];
    for (const event of run.events) {
      if (event.type === "property.end") ended.add(event.property);
      if (event.type === "case" && ended.has(event.property)) late.push(`${event.property} ${event.operation}`);
    }
    assert.equal(late, [], `calls of a property after its end (deadline ${ms} ms)`);
    assert.is(run.failures, 0, "a case cut short leaves the oracle in step with the service");
    assert.is(await leftovers(slow), 0);
  }
});

test("a saved counterexample the budget cuts short proved nothing: it neither fails nor holds, so the corpus keeps it", async () => {
  const saved = sequence(create(), { op: "get", target: first }, { op: "get", target: first });
  // The parents take their calls first; the replay gets one call in, then the budget refuses the next.
  const run = await runAgainst(localModelTarget(), { properties: [], corpus: [saved], budget: new RunBudget({ maxRequests: 3 }) });
  const end = run.events.find((e) => e.type === "property.end" && e.property === saved.id);
  assert.is(end?.type === "property.end" && end.verdict, "inconclusive");
  assert.equal(run.holding, [], "a case that proved nothing must not retire its file");
  assert.is(run.failures, 0);
});

test("exploration collects distinct failures with fresh seeds until its budget, or stops at the first", async () => {
  const mutant = mutantNamed("stale-get-after-update");
  const explore = (stopAtFirst: boolean, seconds: number) => {
    const events: RunEvent[] = [];
    let seed = 1;
    const result = exploreSuite({
      target: localModelTarget(1, mutant), oracle: new Oracle(localEnv, EMPTY_STATE), contract, properties: DEFAULT_SUITE,
      numRuns: 30, strict: false, sink: { emit: (e) => events.push(e), close: async () => {} }, replayCommand: () => "",
      budget: new RunBudget({ deadline: performance.now() + seconds * 1000, ...(stopAtFirst ? { maxFailures: 1 } : {}) }), nextSeed: () => seed++,
    });
    return result.then((r) => ({ ...r, events }));
  };
  const all = await explore(false, 3);
  assert.ok(all.rounds >= 2, `${all.rounds} rounds in 3 s`);
  const failing = new Set(all.events.flatMap((e) => (e.type === "finding" && e.severity === "failure" ? [e.fingerprint] : [])));
  assert.ok(failing.size >= 1);
  // One bug met in many rounds is one failure: the count is the distinct fingerprints, not the rounds' sum.
  assert.is(all.failures, failing.size);
  const first = await explore(true, 30);
  assert.is(first.rounds, 1);
  assert.ok(first.failures > 0);
});

test.run();
