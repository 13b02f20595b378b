/** A trial credits a catch only to a failure of a check the mutant declares; harness errors are never catches. */
import fc from "fast-check";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { runTrial } from "../../cli/selftestTrial.ts";
import type { Mutant } from "../../emulator/mutants/Mutant.ts";
import { InfrastructureError } from "../../properties/finding.ts";
import type { Divergence } from "../../properties/judging/Divergence.ts";
import { runCase } from "../../properties/runCase.ts";
import { checkNames } from "../findingFixture.ts";
import { harnessProperty, type HarnessProperty } from "../../properties/HarnessProperty.ts";
import { trialSettings } from "../emulator/mutantTrials.ts";

/** A mutant that plants nothing: what counts as its catch is all that matters here. */
const declaring: Mutant = {
  name: "stub", class: "semantics", description: "plants nothing; declares two checks",
  caughtBy: [{ kind: "model", check: "output.ingestionDestination", operation: "GetIngestionDestination" }, { kind: "wire", check: "success-status" }],
  handle: (handle) => handle,
};

/** A divergence resting on nothing assumed (a failure), or on an assumed rule (an observation). */
const finding = (check: string, over: Partial<Divergence> & { severity?: "observation" } = {}): Divergence => {
  const { severity, ...rest } = over;
  return { kind: "model", operation: "GetIngestionDestination", check, subject: check, basis: severity ? ["list.order"] : [], message: `stub ${check}`, ...rest };
};

/** A property whose every case records these divergences (a case with a failure among them fails). */
function raising(name: string, findings: readonly Divergence[]): HarnessProperty {
  return harnessProperty(name, `records ${findings.length} finding(s)`, () => fc.constant(null), (ctx) => runCase(ctx, async () => {
    ctx.runner.record(findings);
  }));
}

function throwing(name: string, error: () => Error): HarnessProperty {
  return harnessProperty(name, "throws", () => fc.constant(null), async () => {
    throw error();
  });
}

test("a trial is credited only for a declared check at failure severity, in the order the rules are declared, and stops there", async () => {
  let reached = false;
  const result = await runTrial({ mutant: declaring }, { ...(await trialSettings("mock")), numRuns: 3, properties: [
    raising("observed", [finding("output.ingestionDestination.status", { severity: "observation" })]),
    raising("undeclared", [finding("output.ingestionDestinationArn"), finding("list-extra", { operation: "ListIngestionDestinations" })]),
    throwing("broken", () => new TypeError("a harness bug")),
    raising("wrong-operation", [finding("output.ingestionDestination.status", { operation: "UpdateIngestionDestination" })]),
    raising("declared", [finding("success-status", { kind: "wire" }), finding("output.ingestionDestination.status")]),
    harnessProperty("after", "must not run", () => fc.constant(null), async () => { reached = true; }),
  ] });
  assert.is(result.caughtBy?.property, "declared");
  assert.equal(result.caughtBy && checkNames(result.caughtBy), ["output.ingestionDestination.status"], "the first declared rule wins over the second");
  assert.not.ok(reached, "the trial stops at the property that caught the mutant");
  assert.equal(result.failures.map((f) => `${f.property} ${checkNames(f).join(",")}`).sort(), [
    "undeclared list-extra", "undeclared output.ingestionDestinationArn", "wrong-operation output.ingestionDestination.status",
  ]);
  assert.is(result.harnessErrors.length, 1);
  assert.match(result.harnessErrors[0] ?? "", /^broken threw: TypeError: a harness bug/);
  assert.is(result.observations, 1);
  assert.ok(result.cases >= 5 && result.calls > 0, `${result.cases} cases, ${result.calls} calls`);
});

test("a trial whose properties only break or fail elsewhere is not caught; a suite that throws is a harness error", async () => {
  const settings = { ...(await trialSettings("mock")), numRuns: 2 };
  const broken = await runTrial({ mutant: declaring }, { ...settings, properties: [throwing("broken", () => new Error("no such case"))] });
  assert.is(broken.caughtBy, undefined);
  assert.is(broken.harnessErrors.length, 1);
  const unreachable = await runTrial({ mutant: declaring }, { ...settings, properties: [throwing("offline", () => new InfrastructureError("endpoint unreachable"))] });
  assert.is(unreachable.caughtBy, undefined);
  assert.equal(unreachable.harnessErrors, ["the suite threw InfrastructureError: endpoint unreachable"]);
});

test.run();
