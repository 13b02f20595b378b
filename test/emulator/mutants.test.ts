/** The catalogue of planted bugs: its shape, and every mutant caught on the emulator by a check it declares. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MUTANTS, mutantNamed } from "../../emulator/mutants/catalogue.ts";
import type { MutantClass } from "../../emulator/mutants/Mutant.ts";
import { CI_RUNS, plant, trialSettings } from "./mutantTrials.ts";

const CLASSES: readonly MutantClass[] = ["input-validation", "semantics", "responses", "errors", "wire"];

test("the catalogue holds at least 25 mutants with unique names, spanning all five classes, each declaring its catch", () => {
  assert.ok(MUTANTS.length >= 25, `${MUTANTS.length} mutants`);
  assert.is(new Set(MUTANTS.map((m) => m.name)).size, MUTANTS.length);
  for (const kind of CLASSES) assert.ok(MUTANTS.some((m) => m.class === kind), `no ${kind} mutant`);
  for (const m of MUTANTS) {
    assert.match(m.name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(m.handle !== undefined || m.handling !== undefined || m.render !== undefined, `${m.name} plants nothing`);
    assert.ok(m.description.length > 10, `${m.name} has no description`);
    assert.ok(m.caughtBy.length > 0, `${m.name} declares no catch`);
    for (const rule of m.caughtBy) assert.match(rule.check, /^[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*$/, `${m.name}: ${rule.check}`);
    assert.is(mutantNamed(m.name), m);
  }
  assert.is(mutantNamed("no-such-mutant"), undefined);
});

test(`every mutant is caught on the emulator by a check it declares within ${CI_RUNS} cases per property`, async () => {
  const settings = await trialSettings("emulator");
  const failed: string[] = [];
  for (const mutant of MUTANTS) {
    const { result, account } = await plant(mutant, settings);
    if (result.caughtBy === undefined || result.harnessErrors.length > 0) failed.push(account);
  }
  assert.equal(failed, []);
});

test.run();
