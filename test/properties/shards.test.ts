/**
 * Shards: the n shards of one seed run between them exactly the cases one run would, and a failing property's
 * first failure (the one a whole run reports) is found, with the same path and counterexample, by the shard
 * that owns it. Explore shards hunt on seed streams no two of them share.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { updateChangesProcessing } from "../../emulator/mutants/updateChangesProcessing.ts";
import type { CaseEvent, PropertyEnd, RunEvent } from "../../events/runEvent.ts";
import { exploreSeeds } from "../../properties/exploreSeeds.ts";
import { PARENTS_LIFECYCLE } from "../../properties/parentsLifecycle.ts";
import { ownsPosition, shareOf, workerShard, type Shard } from "../../events/Shard.ts";
import { updateSemantics } from "../../properties/updateSemantics.ts";
import { localModelTarget, runAgainst } from "./harness.ts";

const SEED = 7;
const RUNS = 12;

/** A call as the harness sent and saw it; the identifiers the target made up are not part of it. */
const callsOf = (events: readonly RunEvent[]) => events.filter((e): e is CaseEvent => e.type === "case" && e.property !== PARENTS_LIFECYCLE.name)
  .map((e) => `${e.property} ${e.operation} ${e.result} ${[...e.coverage].sort().join(",")}`).sort();
const ends = (events: readonly RunEvent[]) => events.filter((e): e is PropertyEnd => e.type === "property.end" && e.property !== PARENTS_LIFECYCLE.name);

test("the shards of one seed run between them exactly the calls and cases of one run", async () => {
  const whole = await runAgainst(localModelTarget(), { seed: SEED, numRuns: RUNS });
  const shards = [];
  for (const shard of [{ index: 1, count: 2 }, { index: 2, count: 2 }]) {
    shards.push(await runAgainst(localModelTarget(), { seed: SEED, numRuns: RUNS, shard }));
  }
  const calls = callsOf(whole.events);
  assert.ok(calls.length > 100, "the run made calls");
  assert.equal(callsOf(shards.flatMap((s) => s.events)), calls);
  for (const run of shards) assert.ok(callsOf(run.events).length < calls.length * 0.75, "each shard made only its part of them");
  const cases = (events: readonly RunEvent[]) => new Map(ends(events).map((e) => [e.property, e.numRuns]));
  const wholeCases = cases(whole.events);
  const [first, second] = shards.map((s) => cases(s.events));
  for (const [property, numRuns] of wholeCases) {
    assert.is((first?.get(property) ?? 0) + (second?.get(property) ?? 0), numRuns, `${property}: the shards' cases add up to the run's`);
  }
  assert.ok([whole, ...shards].every((run) => run.failures === 0 && ends(run.events).every((e) => e.verdict === "passed")));
});

test("a failing property's first failure is its owning shard's, with the same path and counterexample", async () => {
  const options = { seed: SEED, numRuns: 30, properties: [updateSemantics] };
  const [whole] = ends((await runAgainst(localModelTarget(1, updateChangesProcessing), options)).events);
  assert.is(whole?.verdict, "failed");
  const found: PropertyEnd[] = [];
  for (const shard of [{ index: 1, count: 3 }, { index: 2, count: 3 }, { index: 3, count: 3 }]) {
    found.push(...ends((await runAgainst(localModelTarget(1, updateChangesProcessing), { ...options, shard })).events).filter((e) => e.verdict === "failed"));
  }
  const position = (end: PropertyEnd) => Number(end.path?.split(":")[0]);
  const [earliest] = found.sort((a, b) => position(a) - position(b));
  assert.is(earliest?.path, whole?.path);
  assert.is(earliest?.counterexample, whole?.counterexample);
});

test("a shard's workers split its positions between them, and only its positions", () => {
  const positions = (shard: Shard) => Array.from({ length: 24 }, (_, p) => p).filter((p) => ownsPosition(shard, p));
  const shard = { index: 2, count: 3 };
  const parts = [1, 2].map((index) => positions(workerShard(shard, { index, count: 2 })));
  assert.equal([...(parts[0] ?? []), ...(parts[1] ?? [])].sort((a, b) => a - b), positions(shard));
  assert.equal(parts[0]?.filter((p) => parts[1]?.includes(p)), []);
});

test("a shard's share of the positions", () => {
  const shares = (count: number, total: number) => Array.from({ length: count }, (_, i) => shareOf({ index: i + 1, count }, total));
  assert.equal(shares(2, 5), [3, 2]);
  assert.equal(shares(3, 2), [1, 1, 0]);
  assert.equal(shares(1, 7), [7]);
});

test("explore shards start on the run's seed and then hunt on streams no two shards or rounds share", () => {
  for (const seed of [0, 1, 12345, 0x7fffffff]) {
    const seen = new Set<number>();
    for (const count of [4]) {
      for (let index = 1; index <= count; index++) {
        const next = exploreSeeds(seed, { index, count } satisfies Shard);
        assert.is(next(), seed, "round 0 is the run's seed, split case by case");
        for (let round = 1; round <= 2000; round++) {
          const s = next();
          assert.ok(Number.isInteger(s) && s >= 0 && s <= 0x7fffffff);
          assert.not.ok(seen.has(s), `seed ${s} taken twice`);
          seen.add(s);
        }
      }
    }
    // A shard's workers deal out its rounds: together they hunt exactly the shard's stream.
    const stream = exploreSeeds(seed, { index: 2, count: 4 });
    const alone = Array.from({ length: 13 }, () => stream()).slice(1);
    const workers = [1, 2, 3].map((index) => exploreSeeds(seed, { index: 2, count: 4 }, { index, count: 3 }));
    for (const next of workers) assert.is(next(), seed);
    const dealt = Array.from({ length: 4 }, () => workers.map((next) => next())).flat();
    assert.equal(dealt, alone);
    const whole = exploreSeeds(seed);
    assert.is(whole(), seed);
    assert.is.not(whole(), whole(), "one run's rounds differ too");
  }
});

test.run();
