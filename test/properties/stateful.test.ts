import { test } from "uvu";
import * as assert from "uvu/assert";
import { mutantNamed } from "../../emulator/mutants/catalogue.ts";
import type { PropertyEnd } from "../../events/runEvent.ts";
import { statefulLifecycle } from "../../properties/statefulLifecycle.ts";
import { localModelTarget, runAgainst } from "./harness.ts";
import { checkNames } from "../findingFixture.ts";

const lifecycle = statefulLifecycle();
const endOf = (events: readonly { type: string }[]) => events.find((e): e is PropertyEnd => e.type === "property.end" && (e as PropertyEnd).property === lifecycle.name);

test("the stateful lifecycle holds against the reference model", async () => {
  const run = await runAgainst(localModelTarget(), { properties: [lifecycle], numRuns: 60 });
  assert.is(run.failures, 0);
  assert.is(run.observations, 0);
  const operations = new Set(run.events.flatMap((e) => (e.type === "case" ? [e.operation] : [])));
  for (const op of ["CreateIngestionDestination", "UpdateIngestionDestination", "GetIngestionDestination", "ListIngestionDestinations",
    "DeleteIngestionDestination", "TagResource", "UntagResource", "ListTagsForResource"]) assert.ok(operations.has(op), `no ${op} in 60 sequences`);
  const results = run.events.flatMap((e) => (e.type === "case" ? [e.result] : []));
  assert.ok(results.includes("ServiceQuotaExceededException"), "sequences never reached the quota edge");
  assert.ok(results.includes("ResourceNotFoundException"), "sequences never addressed a deleted or never-existing destination");
});

for (const name of ["client-token-ignored", "delete-leaves-in-list", "pagination-skips", "stale-get-after-update"]) {
  test(`a target that has ${name} fails, shrunk to at most three commands`, async () => {
    const mutant = mutantNamed(name);
    assert.ok(mutant);
    const run = await runAgainst(localModelTarget(1, mutant), { properties: [lifecycle], numRuns: 300, seed: 11 });
    const end = endOf(run.events);
    assert.is(end?.verdict, "failed", `${name} went unnoticed`);
    const commands = JSON.parse(end?.counterexample ?? "[]") as unknown[];
    assert.ok(commands.length >= 1 && commands.length <= 3, `${commands.length} commands: ${end?.counterexample}`);
  });
}

test("a replayed counterexample reproduces the same failure on a fresh target, and holds on a correct one", async () => {
  const mutant = mutantNamed("stale-get-after-update");
  const first = await runAgainst(localModelTarget(1, mutant), { properties: [lifecycle], numRuns: 300, seed: 11 });
  const { parents } = first;
  if (parents === undefined) throw new Error("the run set up no parents");
  const saved = { id: "corpus/stale", property: lifecycle, counterexample: JSON.parse(endOf(first.events)?.counterexample ?? "null") as unknown,
    parents, replay: "", seed: 11 };
  const again = await runAgainst(localModelTarget(2, mutant), { properties: [], corpus: [saved] });
  assert.equal(again.failedProperties, ["corpus/stale"]);
  const firstChecks = first.events.flatMap((e) => (e.type === "finding" && e.severity === "failure" ? checkNames(e) : []));
  const againChecks = again.events.flatMap((e) => (e.type === "finding" && e.severity === "failure" ? checkNames(e) : []));
  assert.ok(againChecks.length > 0);
  assert.equal(againChecks, firstChecks);
  const fixed = await runAgainst(localModelTarget(3), { properties: [], corpus: [saved] });
  assert.equal(fixed.failedProperties, []);
  assert.equal(fixed.holding, ["corpus/stale"]);
});

test.run();
