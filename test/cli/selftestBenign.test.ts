/** Benign modes: transient faults, latency and undocumented output members are no bugs, and raise nothing; the list of modes. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BENIGN_MODES } from "../../cli/benignModes.ts";
import { runTrial } from "../../cli/selftestTrial.ts";
import { OPERATIONS } from "../../contracts/operationCatalogue.ts";
import { extraOutputMembers } from "../../emulator/extraOutputMembers.ts";
import { renderOutcome } from "../../emulator/renderReply.ts";
import { trialSettings } from "../emulator/mutantTrials.ts";
import { checkNames, messagesOf } from "../findingFixture.ts";

const destination = {
  arn: "arn:aws:appfabric:us-east-1:123456789012:appbundle/b/ingestion/i/ingestiondestination/d",
  ingestionArn: "arn:aws:appfabric:us-east-1:123456789012:appbundle/b/ingestion/i",
  processingConfiguration: { auditLog: { schema: "ocsf", format: "json" } },
  destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "bucket" } } } },
  status: "Active",
};

test("extra output members land beside the top-level members and in resources, never inside a union", () => {
  const render = extraOutputMembers(renderOutcome);
  const reply = render(OPERATIONS.GetIngestionDestination, { ok: true, output: { ingestionDestination: destination }, basis: [] });
  const body = JSON.parse(reply.body) as Record<string, Record<string, unknown>>;
  assert.ok("undocumentedMember" in body);
  assert.ok("undocumentedMember" in (body.ingestionDestination ?? {}));
  assert.equal(body.ingestionDestination?.destinationConfiguration, destination.destinationConfiguration);
  const error = render(OPERATIONS.GetIngestionDestination, { ok: false, error: { name: "AccessDeniedException", members: { message: "no" } }, basis: [] });
  assert.not.match(error.body, /undocumentedMember/);
  assert.is(render(OPERATIONS.DeleteIngestionDestination, { ok: true, output: {}, basis: [] }).body, "");
});

test("the benign modes cover faults, latency, extra output members, eventual consistency, undocumented choices and AWS rules outside the model", () => {
  assert.equal(BENIGN_MODES.map((m) => m.name), [
    "throttling", "internal-errors", "latency", "extra-output-members",
    "delayed-visibility", "reversed-list-order", "unoffered-formats-refused", "tag-keys-beyond-aws-rules-refused", "json-pointer-field-names",
  ]);
  const delayed = BENIGN_MODES.find((m) => m.name === "delayed-visibility");
  assert.ok(delayed?.handling !== undefined && (delayed.consistencyWindowMs ?? 0) >= 200, "the harness is given a window several times the delay");
});

test("faults, latency and extra output members together raise no finding at all over the whole suite", async () => {
  const settings = { ...(await trialSettings("emulator", 5)), numRuns: 30 };
  const result = await runTrial({
    faults: { throttleRate: 0.2, serverErrorRate: 0.1, latencyMs: { min: 0, max: 2 } }, renderWith: extraOutputMembers,
  }, settings);
  assert.equal([...result.harnessErrors, ...result.failures.map((f) => `${f.property}: ${checkNames(f)}: ${messagesOf(f)}`)], []);
  assert.is(result.observations, 0);
  assert.ok(result.cases >= 5 * 30, `${result.cases} cases`);
});

test.run();
