/**
 * The built-in client refuses answers whose unions hold two members or none (the runtime alone would keep one
 * or return an empty object), over real HTTP; one unknown member is still `$unknown`, and errors are untouched.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { GetIngestionDestinationCommand, ResourceNotFoundException } from "../../client/index.ts";
import { malformedUnion } from "../../client/rejectMalformedUnions.ts";
import { OUTPUT_SCHEMAS } from "../../contracts/schemas/outputs.ts";
import { withLoopback } from "./loopback.ts";

const GET = { appBundleIdentifier: "a", ingestionIdentifier: "b", ingestionDestinationIdentifier: "c" };
const destination = (destinationConfiguration: object, processingConfiguration: object = { auditLog: { schema: "raw", format: "json" } }) => ({
  ingestionDestination: { arn: "arn:d", ingestionArn: "arn:i", processingConfiguration, destinationConfiguration },
});

async function answer(status: number, body: object, headers: Record<string, string> = {}): Promise<unknown> {
  let settled: unknown;
  await withLoopback(() => ({ status, headers, body }), async (client) => {
    settled = await client.send(new GetIngestionDestinationCommand(GET)).catch((e: unknown) => e);
  });
  return settled;
}

test("two known members, a known and an unknown one, or none: a TypeError naming the union", async () => {
  const cases = [
    [destination({ auditLog: { destination: { s3Bucket: { bucketName: "b" }, firehoseStream: { streamName: "s" } } } }), /auditLog\.destination holds s3Bucket, firehoseStream/],
    [destination({ auditLog: { destination: { s3Bucket: { bucketName: "b" } } } }, { auditLog: { schema: "raw", format: "json" }, metrics: {} }), /processingConfiguration holds auditLog, metrics/],
    [destination({ auditLog: { destination: {} } }), /destination holds none/],
  ] as const;
  for (const [body, message] of cases) {
    const error = await answer(200, body);
    assert.instance(error, TypeError);
    assert.match((error as Error).message, /^Unions must have exactly one non-null member: ingestionDestination\./);
    assert.match((error as Error).message, message);
    assert.is((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode, 200);
  }
});

test("one member, known or not (a null beside it counts as absent), is accepted", async () => {
  const unknown = await answer(200, destination({ auditLog: { destination: { kinesis: { arn: "k" }, s3Bucket: null } } }));
  assert.equal((unknown as { ingestionDestination: { destinationConfiguration: unknown } }).ingestionDestination.destinationConfiguration,
    { auditLog: { destination: { $unknown: ["kinesis", { arn: "k" }] } } });
});

test("error answers are left to the error deserializer", async () => {
  const error = await answer(404, { message: "gone", resourceId: "c", resourceType: "IngestionDestination" }, { "x-amzn-errortype": "ResourceNotFoundException" });
  assert.instance(error, ResourceNotFoundException);
});

test("malformedUnion walks lists and nested members, and ignores __type", () => {
  const schema = OUTPUT_SCHEMAS.ListIngestionDestinations;
  assert.is(malformedUnion(schema, { ingestionDestinations: [{ arn: "a" }] }), undefined);
  const getSchema = OUTPUT_SCHEMAS.GetIngestionDestination;
  assert.is(malformedUnion(getSchema, destination({ __type: "x", auditLog: { destination: { s3Bucket: { bucketName: "b" } } } })), undefined);
  assert.is(malformedUnion(getSchema, destination({ auditLog: { destination: { a: 1, b: 2 } } })), "ingestionDestination.destinationConfiguration.auditLog.destination holds a, b");
});

test.run();
