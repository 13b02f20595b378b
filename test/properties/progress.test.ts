/** Progress is counted in fast-check runs (the property's cases), not calls: what the console's bar shows. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { updateChangesProcessing } from "../../emulator/mutants/updateChangesProcessing.ts";
import type { ProgressEvent, PropertyEnd, RunEvent } from "../../events/runEvent.ts";
import { coveragePlan } from "../../properties/coveragePlan.ts";
import { updateSemantics } from "../../properties/updateSemantics.ts";
import { localModelTarget, runAgainst } from "./harness.ts";

const of = (events: readonly RunEvent[], property: string) => ({
  progress: events.filter((e): e is ProgressEvent => e.type === "progress" && e.property === property),
  calls: events.filter((e) => e.type === "case" && e.property === property).length,
  end: events.find((e): e is PropertyEnd => e.type === "property.end" && e.property === property),
});

test("a passing property reports each of its runs, out of numRuns, while its calls are many more", async () => {
  const run = await runAgainst(localModelTarget(), { properties: [updateSemantics], numRuns: 20 });
  const { progress, calls, end } = of(run.events, updateSemantics.name);
  assert.equal(progress.map((p) => p.runs), Array.from({ length: 20 }, (_, i) => i + 1));
  assert.ok(progress.every((p) => p.total === 20 && p.shrinks === 0));
  assert.ok(calls > 40, `${calls} calls`);
  assert.is(end?.numRuns, 20);
});

test("after a failing run the runs stop and the shrink steps count", async () => {
  const run = await runAgainst(localModelTarget(1, updateChangesProcessing), { properties: [updateSemantics], numRuns: 20 });
  const { progress, end } = of(run.events, updateSemantics.name);
  const last = progress.at(-1);
  assert.is(end?.verdict, "failed");
  assert.is(last?.runs, end?.numRuns);
  assert.ok((last?.shrinks ?? 0) >= (end?.numShrinks ?? 0) && (end?.numShrinks ?? 0) > 0, JSON.stringify(last));
});

test("the coverage plan's total is its episodes, not --runs", async () => {
  const run = await runAgainst(localModelTarget(), { properties: [coveragePlan], numRuns: 100 });
  const { progress, end } = of(run.events, coveragePlan.name);
  assert.ok((end?.numRuns ?? 0) > 0 && (end?.numRuns ?? 0) < 100);
  assert.equal(progress.map((p) => p.total), progress.map(() => end?.numRuns));
  assert.is(progress.at(-1)?.runs, end?.numRuns);
});

test.run();
