import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadClientModule } from "../../client/loadClientModule.ts";
import { mutantNamed } from "../../emulator/mutants/catalogue.ts";
import type { PropertyEnd } from "../../events/runEvent.ts";
import { concurrentPairs } from "../../properties/concurrentPairs.ts";
import { emulatorTarget } from "../../targets/emulatorTarget.ts";
import { seededIds } from "../../targets/seededIds.ts";
import { localEnv, localModelTarget, runAgainst, tickingClock } from "./harness.ts";
import { messagesOf } from "../findingFixture.ts";

const endOf = (events: readonly { type: string }[]) => events.find((e): e is PropertyEnd => e.type === "property.end" && (e as PropertyEnd).property === concurrentPairs.name);

test("concurrent pairs on a correct target are explained by some serial order", async () => {
  const run = await runAgainst(localModelTarget(), { properties: [concurrentPairs], numRuns: 150 });
  assert.is(run.failures, 0);
  assert.is(run.observations, 0);
});

test("concurrent pairs in flight together over HTTP against the emulator are explained too", async () => {
  const target = await emulatorTarget({ module: await loadClientModule(), env: { ...localEnv, now: tickingClock(), newId: seededIds(4) } });
  try {
    const run = await runAgainst(target, { properties: [concurrentPairs], numRuns: 40 });
    assert.is(run.failures, 0);
  } finally {
    await target.close();
  }
});

test("two creates with one clientToken at once must yield one destination", async () => {
  const run = await runAgainst(localModelTarget(1, mutantNamed("client-token-ignored")), { properties: [concurrentPairs], numRuns: 200 });
  const end = endOf(run.events);
  assert.is(end?.verdict, "failed");
  assert.is((JSON.parse(end?.counterexample ?? "{}") as { race?: string }).race, "sameTokenCreates");
  assert.ok(run.events.some((e) => e.type === "finding" && e.severity === "failure" && messagesOf(e).includes("no order of the concurrent calls")));
});

test.run();
