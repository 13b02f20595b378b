/** Done-when: the project's SDK client, pointed at the emulator, sets up parents and runs the destination lifecycle. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  AppFabricClient, CreateAppBundleCommand, CreateIngestionCommand, CreateIngestionDestinationCommand, DeleteAppBundleCommand,
  DeleteIngestionCommand, DeleteIngestionDestinationCommand, GetIngestionDestinationCommand, ListAppBundlesCommand,
  ListIngestionDestinationsCommand, ListTagsForResourceCommand, StopIngestionCommand, TagResourceCommand, ThrottlingException,
  UntagResourceCommand, UpdateIngestionDestinationCommand,
} from "../../client/index.ts";
import { startEmulator, type RunningEmulator } from "../../emulator/index.ts";

const PROCESSING = { auditLog: { schema: "ocsf", format: "json" } } as const;
const S3 = { auditLog: { destination: { s3Bucket: { bucketName: "bucket-1", prefix: "logs/" } } } } as const;
const FIREHOSE = { auditLog: { destination: { firehoseStream: { streamName: "stream-1" } } } } as const;

function clientFor(emulator: RunningEmulator, secretAccessKey = "test"): AppFabricClient {
  return new AppFabricClient({ region: "us-east-1", endpoint: emulator.url, maxAttempts: 1,
    credentials: { accessKeyId: "test", secretAccessKey } });
}

async function errorName(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).name;
  }
  return "no error";
}

test("an SDK client creates the parents and runs create, get, update, list, tag, delete of a destination", async () => {
  const emulator = await startEmulator();
  const client = clientFor(emulator);
  try {
    const { appBundle } = await client.send(new CreateAppBundleCommand({ tags: [{ key: "team", value: "sec" }] }));
    const { ingestion } = await client.send(new CreateIngestionCommand({
      appBundleIdentifier: appBundle.arn, app: "OKTA", tenantId: "tenant-1", ingestionType: "auditLog",
    }));
    const labels = { appBundleIdentifier: appBundle.arn, ingestionIdentifier: ingestion.arn };
    const created = await client.send(new CreateIngestionDestinationCommand({
      ...labels, processingConfiguration: PROCESSING, destinationConfiguration: S3, tags: [{ key: "env", value: "test" }],
    }));
    assert.is(created.$metadata.httpStatusCode, 201);
    const destination = created.ingestionDestination;
    assert.instance(destination.createdAt, Date);
    assert.is(destination.status, "Active");
    const ids = { ...labels, ingestionDestinationIdentifier: destination.arn };
    const got = await client.send(new GetIngestionDestinationCommand(ids));
    assert.equal(got.ingestionDestination.destinationConfiguration, S3);
    const updated = await client.send(new UpdateIngestionDestinationCommand({ ...ids, destinationConfiguration: FIREHOSE }));
    assert.equal(updated.ingestionDestination.destinationConfiguration, FIREHOSE);
    assert.ok(Number(updated.ingestionDestination.updatedAt) >= Number(destination.updatedAt));
    const listed = await client.send(new ListIngestionDestinationsCommand({ ...labels, maxResults: 10 }));
    assert.equal(listed.ingestionDestinations.map((d) => d.arn), [destination.arn]);
    await client.send(new TagResourceCommand({ resourceArn: destination.arn, tags: [{ key: "owner", value: "me" }] }));
    await client.send(new UntagResourceCommand({ resourceArn: destination.arn, tagKeys: ["env"] }));
    const { tags } = await client.send(new ListTagsForResourceCommand({ resourceArn: destination.arn }));
    assert.equal(tags, [{ key: "owner", value: "me" }]);
    const deleted = await client.send(new DeleteIngestionDestinationCommand(ids));
    assert.is(deleted.$metadata.httpStatusCode, 204);
    assert.is(await errorName(client.send(new GetIngestionDestinationCommand(ids))), "ResourceNotFoundException");
    await client.send(new StopIngestionCommand(labels));
    await client.send(new DeleteIngestionCommand(labels));
    await client.send(new DeleteAppBundleCommand({ appBundleIdentifier: appBundle.arn }));
    assert.equal((await client.send(new ListAppBundlesCommand({}))).appBundleSummaryList, []);
  } finally {
    client.destroy();
    await emulator.close();
  }
});

test("the SDK sees documented errors: AccessDenied for a wrong secret, Validation for a bad input", async () => {
  const emulator = await startEmulator();
  const wrong = clientFor(emulator, "not-the-secret");
  const client = clientFor(emulator);
  try {
    assert.is(await errorName(wrong.send(new ListAppBundlesCommand({}))), "AccessDeniedException");
    assert.is(await errorName(client.send(new ListAppBundlesCommand({ maxResults: 0 }))), "ValidationException");
  } finally {
    wrong.destroy();
    client.destroy();
    await emulator.close();
  }
});

test("the SDK reads injected throttling as a retryable ThrottlingException with retryAfterSeconds from Retry-After", async () => {
  const emulator = await startEmulator({ throttleRate: 1 });
  const client = clientFor(emulator);
  try {
    const error = await client.send(new ListAppBundlesCommand({})).then(() => undefined, (e: unknown) => e);
    assert.instance(error, ThrottlingException);
    const throttled = error as ThrottlingException;
    assert.is(throttled.retryAfterSeconds, 0);
    assert.equal(throttled.$retryable, { throttling: true });
    assert.is(throttled.$metadata.httpStatusCode, 429);
  } finally {
    client.destroy();
    await emulator.close();
  }
});

test.run();
