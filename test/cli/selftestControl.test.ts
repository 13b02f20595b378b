/** The control: the whole default suite against each target the self-test supports, with no mutant, fails nothing. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { SELFTEST_TARGETS } from "../../cli/selftestOptions.ts";
import { findingLabel } from "../../cli/selftestReport.ts";
import { runTrial } from "../../cli/selftestTrial.ts";
import { planEpisodes } from "../../properties/plan/planEpisodes.ts";
import { planInputs } from "../../properties/plan/planInputs.ts";
import { DEFAULT_SUITE } from "../../properties/defaultSuite.ts";
import { CI_RUNS, trialSettings } from "../emulator/mutantTrials.ts";
import { messagesOf } from "../findingFixture.ts";

for (const target of SELFTEST_TARGETS) {
  test(`the unmutated ${target} target passes the whole default suite: a catch is the mutant's doing`, async () => {
    const result = await runTrial({}, await trialSettings(target));
    assert.equal([...result.harnessErrors, ...result.failures.map((f) => `${findingLabel(f)}: ${messagesOf(f)}`)], []);
    assert.is(result.caughtBy, undefined);
    // Every random property ran every case, after the coverage plan ran each of its episodes.
    const random = DEFAULT_SUITE.filter((p) => p.kind === "random").length;
    const parents = { appBundle: { arn: "arn:aws:appfabric:r:1:appbundle/b", id: "b" }, ingestion: { arn: "arn:aws:appfabric:r:1:appbundle/b/ingestion/i", id: "i" } };
    const tokens = ["aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee", "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeef"];
    const episodes = planEpisodes(planInputs({ parents, reservedTags: 0, tokens })).length;
    assert.is(result.cases, random * CI_RUNS + episodes, "every case ran");
  });
}

test.run();
