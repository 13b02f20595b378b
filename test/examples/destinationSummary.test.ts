/**
 * The example consumer under fuzzConsumer: the shipped wrapper keeps its invariants on every contract-valid
 * answer; a planted bug (a crash on `$unknown`) is found and shrunk to one call whose answer carries it.
 * (test/packaging/package.test.ts imports fuzzConsumer from the installed package, as a user would.)
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ConsumerFailure, fuzzConsumer } from "../../consumer/index.ts";
import { AppFabricServiceException, ResourceNotFoundException, type AppFabricClient } from "../../client/index.ts";
import { destinationSummary, type DestinationIds } from "../../examples/destinationSummary.ts";
import * as buggy from "../fixtures/buggyDestinationSummary.ts";

const IDS: DestinationIds = { appBundleIdentifier: "b", ingestionIdentifier: "i", ingestionDestinationIdentifier: "d" };
const SUMMARY = /^(s3:\/\/.+\/.*|firehose:\/\/.+|unknown:\/\/.+)$/su;

/** The wrapper's contract: a summary in one of its three forms, undefined only when the destination is gone,
 *  and no error but the service's own (other than ResourceNotFound, which it absorbs). */
function invariants(summarise: (client: AppFabricClient, ids: DestinationIds) => Promise<string | undefined>) {
  return async (client: AppFabricClient) => {
    let summary: string | undefined;
    try {
      summary = await summarise(client, IDS);
    } catch (error) {
      assert.instance(error, AppFabricServiceException, `only service errors escape, not ${String(error)}`);
      assert.not.instance(error, ResourceNotFoundException);
      return;
    }
    if (summary !== undefined) assert.match(summary, SUMMARY);
  };
}

test("the shipped destinationSummary keeps its invariants on every contract-valid answer", async () => {
  const result = await fuzzConsumer(invariants(destinationSummary), { seed: 11, numRuns: 300, client: "built-in" });
  assert.is(result.numRuns, 300);
});

test("a destinationSummary that crashes on $unknown is caught, with a shrunk counterexample", async () => {
  const failure = await fuzzConsumer(invariants(buggy.destinationSummary), { seed: 11, numRuns: 300, client: "built-in" })
    .then(() => undefined, (error: unknown) => error);
  assert.instance(failure, ConsumerFailure);
  const { calls, cause } = failure as ConsumerFailure;
  assert.is((failure as ConsumerFailure).seed, 11);
  assert.instance(cause, Error);
  assert.match(String((cause as Error).message), /streamName|undefined/);
  assert.is(calls.length, 1, "one call is all it takes");
  const [call] = calls;
  assert.is(call?.operation, "GetIngestionDestination");
  assert.is(call?.answer.kind, "output");
  const output = JSON.stringify(call?.answer.kind === "output" ? call.answer.output : undefined);
  assert.match(output, /"\$unknown"/);
  // Shrunk: the answer's free-text members are down to their shortest forms.
  assert.match(output, /"arn":"arn:."/);
});

test.run();
