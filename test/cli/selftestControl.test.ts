/** The control: the whole default suite against each target the self-test supports, with no mutant, fails nothing. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { SELFTEST_TARGETS } from "../../cli/selftestOptions.ts";
import { findingLabel } from "../../cli/selftestReport.ts";
import { runTrial } from "../../cli/selftestTrial.ts";
import { DEFAULT_SUITE } from "../../properties/defaultSuite.ts";
import { CI_RUNS, trialSettings } from "../emulator/mutantTrials.ts";

for (const target of SELFTEST_TARGETS) {
  test(`the unmutated ${target} target passes the whole default suite: a catch is the mutant's doing`, async () => {
    const result = await runTrial({}, await trialSettings(target));
    assert.equal([...result.harnessErrors, ...result.failures.map((f) => `${findingLabel(f)}: ${f.message}`)], []);
    assert.is(result.caughtBy, undefined);
    assert.is(result.cases, DEFAULT_SUITE.length * CI_RUNS, "every property ran every case");
  });
}

test.run();
