/** The documented wire-to-SDK mapping, written down once for response fuzzing and mocked answers. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { OUTPUT_SCHEMAS } from "../../contracts/schemas/outputs.ts";
import { parseRfc3339, sdkErrorMembersOf, sdkFormOf } from "../../contracts/sdkFormOf.ts";

test("RFC 3339: offsets, lowercase separators, fractions to the millisecond", () => {
  assert.is(parseRfc3339("2024-05-06T09:08:09+02:00")?.toISOString(), "2024-05-06T07:08:09.000Z");
  assert.is(parseRfc3339("2024-05-06t07:08:09.5z")?.toISOString(), "2024-05-06T07:08:09.500Z");
  assert.is(parseRfc3339("2024-05-06T07:08:09.123000-00:30")?.toISOString(), "2024-05-06T07:38:09.123Z");
  assert.is(parseRfc3339("2024-05-06 07:08:09Z"), undefined);
  assert.is(parseRfc3339("1714979289"), undefined);
});

test("outputs: Dates, unknown union members as $unknown, unknown structure members dropped", () => {
  const wire = { ingestionDestination: {
    arn: "arn:d", ingestionArn: "arn:i", createdAt: "2024-01-01T00:00:00Z", added: 1,
    processingConfiguration: { metrics: { every: 5 } },
    destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "b", later: true } } } },
  } };
  assert.equal(sdkFormOf(OUTPUT_SCHEMAS.GetIngestionDestination, wire), { ingestionDestination: {
    arn: "arn:d", ingestionArn: "arn:i", createdAt: new Date("2024-01-01T00:00:00Z"),
    processingConfiguration: { $unknown: ["metrics", { every: 5 }] },
    destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "b" } } } },
  } });
  // Outside the contract, values are left for the client to refuse.
  assert.equal(sdkFormOf(OUTPUT_SCHEMAS.GetIngestion, { ingestion: { createdAt: 5 } }), { ingestion: { createdAt: 5 } });
});

test("errors: modeled members, unmodeled body keys as they are, the message fallback, Retry-After", () => {
  assert.equal(sdkErrorMembersOf("ThrottlingException", { message: "slow", extra: { a: 1 } }, { "Retry-After": "7" }),
    { message: "slow", extra: { a: 1 }, retryAfterSeconds: 7 });
  assert.equal(sdkErrorMembersOf("ValidationException", { message: "", reason: "other", fieldList: [{ name: "n", message: "m", x: 1 }] }, {}),
    { message: "UnknownError", reason: "other", fieldList: [{ name: "n", message: "m" }] });
  assert.equal(sdkErrorMembersOf("ConflictException", { message: "m" }, { "retry-after": "3" }), { message: "m" });
});

test.run();
