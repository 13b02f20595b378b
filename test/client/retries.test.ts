/** Retries: throttling and server errors are retried up to maxAttempts, and $metadata counts the attempts. */
import { ConfiguredRetryStrategy } from "@smithy/core/retry";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { CreateIngestionDestinationCommand, ThrottlingException, ValidationException } from "../../client/index.ts";
import { type CannedResponse, withLoopback } from "./loopback.ts";

const INPUT = {
  appBundleIdentifier: "a", ingestionIdentifier: "b",
  processingConfiguration: { auditLog: { schema: "raw", format: "json" } },
  destinationConfiguration: { auditLog: { destination: { firehoseStream: { streamName: "s-1" } } } },
};
const CREATED: CannedResponse = { status: 201, body: { ingestionDestination: {
  arn: "arn:d", ingestionArn: "arn:i", ...INPUT } } };
const THROTTLED: CannedResponse = { status: 429, headers: { "x-amzn-errortype": "ThrottlingException" },
  body: { message: "slow down" } };
/** Three attempts with a 1 ms backoff, so the test does not wait for the SDK's default delays. */
const fastRetries = () => ({ maxAttempts: 3, retryStrategy: new ConfiguredRetryStrategy(3, () => 1) });

test("429 twice then 201: the call succeeds on the third attempt, with the same clientToken", async () => {
  await withLoopback((_, index) => (index < 2 ? THROTTLED : CREATED), async (client, server) => {
    const output = await client.send(new CreateIngestionDestinationCommand(INPUT));
    assert.is(output.$metadata.attempts, 3);
    assert.is(output.$metadata.httpStatusCode, 201);
    assert.is(server.requests.length, 3);
    const tokens = new Set(server.requests.map((r) => (JSON.parse(r.body) as { clientToken: string }).clientToken));
    assert.is(tokens.size, 1, "a retry resends the same idempotency token");
    assert.equal(server.requests.map((r) => r.headers["amz-sdk-request"]),
      ["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"]);
  }, fastRetries());
});

test("500 then 201: server errors are retried too", async () => {
  const failed: CannedResponse = { status: 500, headers: { "x-amzn-errortype": "InternalServerException" },
    body: { message: "oops" } };
  await withLoopback((_, index) => (index < 1 ? failed : CREATED), async (client) => {
    const output = await client.send(new CreateIngestionDestinationCommand(INPUT));
    assert.is(output.$metadata.attempts, 2);
  }, fastRetries());
});

test("throttled on every attempt: the last ThrottlingException is thrown with attempts = 3", async () => {
  await withLoopback(() => THROTTLED, async (client, server) => {
    const error = await client.send(new CreateIngestionDestinationCommand(INPUT)).then(() => undefined, (e: unknown) => e);
    assert.instance(error, ThrottlingException);
    assert.is((error as ThrottlingException).$metadata.attempts, 3);
    assert.is(server.requests.length, 3);
  }, fastRetries());
});

test("a ValidationException is not retried", async () => {
  const invalid: CannedResponse = { status: 400, headers: { "x-amzn-errortype": "ValidationException" },
    body: { message: "bad", reason: "other" } };
  await withLoopback(() => invalid, async (client, server) => {
    const error = await client.send(new CreateIngestionDestinationCommand(INPUT)).then(() => undefined, (e: unknown) => e);
    assert.instance(error, ValidationException);
    assert.is(server.requests.length, 1);
  }, fastRetries());
});

test.run();
