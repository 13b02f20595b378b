/** Response parsing: date-time timestamps, unknown union members, and what an epoch-number timestamp does. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { GetIngestionCommand, GetIngestionDestinationCommand } from "../../client/index.ts";
import { withLoopback } from "./loopback.ts";

const ARN = "arn:aws:appfabric:us-east-1:123456789012:appbundle/a/ingestion/b/ingestiondestination/c";
const destination = (extra: object) => ({
  ingestionDestination: {
    arn: ARN, ingestionArn: "arn:aws:appfabric:us-east-1:123456789012:appbundle/a/ingestion/b",
    processingConfiguration: { auditLog: { schema: "raw", format: "json" } },
    destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "bkt" } } } },
    ...extra,
  },
});
const GET = { appBundleIdentifier: "a", ingestionIdentifier: "b", ingestionDestinationIdentifier: "c" };

test("RFC 3339 createdAt/updatedAt become Dates; status and statusReason pass through", async () => {
  const body = destination({ createdAt: "2024-05-06T07:08:09.123Z", updatedAt: "2024-05-06T09:08:09+02:00",
    status: "Failed", statusReason: "bucket full" });
  await withLoopback(() => ({ status: 201, body }), async (client) => {
    const { ingestionDestination } = await client.send(new GetIngestionDestinationCommand(GET));
    assert.instance(ingestionDestination.createdAt, Date);
    assert.is(ingestionDestination.createdAt?.toISOString(), "2024-05-06T07:08:09.123Z");
    assert.is(ingestionDestination.updatedAt?.toISOString(), "2024-05-06T07:08:09.000Z");
    assert.is(ingestionDestination.status, "Failed");
    assert.is(ingestionDestination.statusReason, "bucket full");
    assert.equal(ingestionDestination.destinationConfiguration,
      { auditLog: { destination: { s3Bucket: { bucketName: "bkt" } } } });
  });
});

test("an unknown member of the Destination union arrives as $unknown: [name, value]", async () => {
  const body = destination({ destinationConfiguration: { auditLog: { destination: { kinesisStream: { arn: "k" } } } } });
  await withLoopback(() => ({ status: 200, body }), async (client) => {
    const { ingestionDestination } = await client.send(new GetIngestionDestinationCommand(GET));
    assert.equal(ingestionDestination.destinationConfiguration,
      { auditLog: { destination: { $unknown: ["kinesisStream", { arn: "k" }] } } });
  });
});

test("an unknown member of a top-level union (ProcessingConfiguration) arrives as $unknown too", async () => {
  const body = destination({ processingConfiguration: { metrics: { every: 5 } } });
  await withLoopback(() => ({ status: 200, body }), async (client) => {
    const { ingestionDestination } = await client.send(new GetIngestionDestinationCommand(GET));
    assert.equal(ingestionDestination.processingConfiguration, { $unknown: ["metrics", { every: 5 }] });
  });
});

/**
 * Recorded behaviour: an epoch-seconds number where the model says date-time makes the client throw a
 * TypeError ("RFC-3339 date-times must be expressed as strings", plus a hint about $response), not a service
 * error: no $fault, but $metadata (status 200) and a hidden $response are attached by the deserializer.
 */
test("an epoch-number timestamp makes the client throw a TypeError", async () => {
  const body = { ingestion: { arn: "arn:x", appBundleArn: "arn:y", app: "OKTA", tenantId: "t", createdAt: 1714979289,
    updatedAt: "2024-05-06T07:08:09Z", state: "enabled", ingestionType: "auditLog" } };
  await withLoopback(() => ({ status: 200, body }), async (client) => {
    const error = await client.send(new GetIngestionCommand({ appBundleIdentifier: "a", ingestionIdentifier: "b" }))
      .then(() => undefined, (e: unknown) => e);
    assert.instance(error, TypeError);
    const thrown = error as TypeError & { $metadata?: { httpStatusCode?: number }; $response?: { statusCode: number } };
    assert.match(thrown.message, /^RFC-3339 date-times must be expressed as strings\n/);
    assert.not.ok("$fault" in thrown);
    assert.is(thrown.$metadata?.httpStatusCode, 200);
    assert.is(thrown.$response?.statusCode, 200);
  });
});

test.run();
