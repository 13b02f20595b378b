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

test("exploration collects distinct failures with fresh seeds until its budget, or stops at the first", async () => {
  const mutant = mutantNamed("stale-get-after-update");
  const explore = (stopAtFirst: boolean, seconds: number) => {
    const events: RunEvent[] = [];
    let seed = 1;
    return exploreSuite({
      target: localModelTarget(1, mutant), oracle: new Oracle(localEnv, EMPTY_STATE), contract, properties: DEFAULT_SUITE,
      numRuns: 30, strict: false, sink: { emit: (e) => events.push(e), close: async () => {} }, replayCommand: () => "",
      budget: new RunBudget({ deadline: performance.now() + seconds * 1000 }), nextSeed: () => seed++, stopAtFirst,
    });
  };
  const all = await explore(false, 3);
  assert.ok(all.rounds >= 2, `${all.rounds} rounds in 3 s`);
  assert.ok(all.distinct.length >= 1);
  assert.is(new Set(all.distinct.map((d) => d.fingerprint)).size, all.distinct.length, "distinct failures share a fingerprint");
  const first = await explore(true, 30);
  assert.is(first.rounds, 1);
  assert.ok(first.failures > 0);
});

test.run();
