/** Mutants in the model's handling apply off the wire too: each is caught on the mock target by a check it declares. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MUTANTS } from "../../emulator/mutants/catalogue.ts";
import { CI_RUNS, plant, trialSettings } from "./mutantTrials.ts";

test(`every handle mutant is caught on the mock target by a check it declares within ${CI_RUNS} cases per property`, async () => {
  const settings = await trialSettings("mock");
  const planted = MUTANTS.filter((m) => m.handle !== undefined || m.handling !== undefined);
  assert.ok(planted.length >= 20, `${planted.length} handle mutants`);
  const failed: string[] = [];
  for (const mutant of planted) {
    const { result, account } = await plant(mutant, settings);
    if (result.caughtBy === undefined || result.harnessErrors.length > 0) failed.push(account);
  }
  assert.equal(failed, []);
});

test.run();
