/** Mutants that wrap the model's handling apply off the wire too: each is caught on the mock target. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { runTrial } from "../../cli/selftestTrial.ts";
import { MUTANTS } from "../../emulator/mutants/catalogue.ts";
import { CI_RUNS, plant, trialSettings } from "./mutantTrials.ts";

test(`every handle mutant is caught on the mock target within ${CI_RUNS} cases per property`, async () => {
  const settings = await trialSettings("mock");
  const planted = MUTANTS.filter((m) => m.handle !== undefined);
  assert.ok(planted.length >= 20, `${planted.length} handle mutants`);
  const missed: string[] = [];
  for (const mutant of planted) {
    const { result, account } = await plant(mutant, settings);
    if (result.failedProperty === undefined) missed.push(account);
  }
  assert.equal(missed, []);
});

test("the unmutated mock target passes the same trial: a catch is the mutant's doing", async () => {
  const result = await runTrial({}, await trialSettings("mock"), true);
  assert.is(result.failedProperty, undefined, result.findings.map((f) => f.message).join("\n"));
  assert.equal(result.findings, []);
});

test.run();
