/**
 * Smithy's length trait counts Unicode scalar values: the contract's schemas, the defects made from them and the
 * emulator's validation count the same way, whatever the UTF-16 units or the graphemes.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppFabricClient, CreateAppBundleCommand, CreateIngestionCommand, CreateIngestionDestinationCommand, TagResourceCommand } from "../../client/index.ts";
import { LENGTHS } from "../../contracts/constraints.ts";
import { createContract } from "../../contracts/contract.ts";
import { labelsOf, OPERATIONS } from "../../contracts/operationCatalogue.ts";
import { scalarLength, scalarSlice } from "../../contracts/scalarLength.ts";
import { INPUT_SCHEMAS } from "../../contracts/schemas/inputs.ts";
import { startEmulator } from "../../emulator/index.ts";
import type { JsonSchema } from "../../generators/jsonSchema.ts";
import { schemaDefects } from "../../generators/schemaDefects.ts";
import { assertValid, assertViolation } from "./assertions.ts";
import { VALID_INPUTS } from "./fixtures.ts";

const contract = createContract();
const CREATE = "CreateIngestionDestination";
/** A letter outside the BMP (CJK Extension B): one scalar value, two UTF-16 units. */
const ASTRAL = "\u{20000}";
/** A base letter and a combining accent: two scalar values, one grapheme. */
const DECOMPOSED = "e\u0301";

const withPrefix = (prefix: string) => ({ ...VALID_INPUTS[CREATE],
  destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "audit-bucket", prefix } } } } });
const withTag = (key: string, value: string) => ({ ...VALID_INPUTS[CREATE], tags: [{ key, value }] });
const PREFIX = "/destinationConfiguration/auditLog/destination/s3Bucket/prefix";

test("scalarLength counts a character outside the BMP once, and scalarSlice never splits one", () => {
  assert.is(scalarLength(ASTRAL.repeat(3)), 3);
  assert.is(ASTRAL.repeat(3).length, 6);
  assert.is(scalarLength(DECOMPOSED), 2);
  assert.is(scalarSlice(`a${ASTRAL}b`, 2), `a${ASTRAL}`);
});

test("the schemas count scalar values: 120 characters outside the BMP (240 UTF-16 units) are a valid prefix, 121 are not", () => {
  assertValid(contract.checkInput(CREATE, withPrefix(ASTRAL.repeat(LENGTHS.prefix.max))), "120 astral");
  assertViolation(contract.checkInput(CREATE, withPrefix(ASTRAL.repeat(LENGTHS.prefix.max + 1))), PREFIX, "maxLength", "121 astral");
  assertValid(contract.checkInput(CREATE, withPrefix(ASTRAL)), "one astral character is the minimum");
  // Scalar values, not graphemes: 60 accented letters written decomposed are 120 long, and one more letter is too long.
  assertValid(contract.checkInput(CREATE, withPrefix(DECOMPOSED.repeat(60))), "60 decomposed letters");
  assertViolation(contract.checkInput(CREATE, withPrefix(`${DECOMPOSED.repeat(60)}e`)), PREFIX, "maxLength", "61 graphemes, 121 scalars");
});

test("tag keys and values count scalar values too", () => {
  assertValid(contract.checkInput(CREATE, withTag(ASTRAL.repeat(LENGTHS.tagKey.max), ASTRAL.repeat(LENGTHS.tagValue.max))), "keys and values at their maxima");
  assertViolation(contract.checkInput(CREATE, withTag(ASTRAL.repeat(LENGTHS.tagKey.max + 1), "")), "/tags/0/key", "maxLength", "129 astral");
  assertViolation(contract.checkInput(CREATE, withTag("k", ASTRAL.repeat(LENGTHS.tagValue.max + 1))), "/tags/0/value", "maxLength", "257 astral");
});

test("a defect one over the maximum of a value outside the BMP is one character over, not one unit", () => {
  const mutations = schemaDefects(INPUT_SCHEMAS[CREATE] as JsonSchema, withPrefix(ASTRAL.repeat(LENGTHS.prefix.max)), { labels: labelsOf(OPERATIONS[CREATE]) });
  const tooLong = mutations.find((m) => m.defect.kind === "tooLong" && m.defect.field.endsWith("prefix"));
  const value = (tooLong?.apply(withPrefix(ASTRAL.repeat(LENGTHS.prefix.max))) as ReturnType<typeof withPrefix>)
    .destinationConfiguration.auditLog.destination.s3Bucket.prefix;
  assert.is(scalarLength(value), LENGTHS.prefix.max + 1);
  assert.ok(value.startsWith(ASTRAL.repeat(LENGTHS.prefix.max)), "the seed's characters are kept");
  assertViolation(contract.checkInput(CREATE, withPrefix(value)), PREFIX, "maxLength", "the defect");
});

test("the emulator validates as the contract does: 120 astral characters are accepted, 121 refused, on the prefix and on tags", async () => {
  const emulator = await startEmulator();
  const client = new AppFabricClient({ region: "us-east-1", endpoint: emulator.url, maxAttempts: 1, credentials: { accessKeyId: "test", secretAccessKey: "test" } });
  const outcome = (promise: Promise<unknown>) => promise.then(() => "ok", (error: Error) => error.name);
  try {
    const { appBundle } = await client.send(new CreateAppBundleCommand({}));
    const { ingestion } = await client.send(new CreateIngestionCommand({
      appBundleIdentifier: appBundle.arn, app: "OKTA", tenantId: "t", ingestionType: "auditLog" }));
    const create = (prefix: string) => client.send(new CreateIngestionDestinationCommand({
      appBundleIdentifier: appBundle.arn, ingestionIdentifier: ingestion.arn, processingConfiguration: { auditLog: { schema: "ocsf", format: "json" } },
      destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "audit-bucket", prefix } } } } }));
    const created = await create(ASTRAL.repeat(LENGTHS.prefix.max));
    assert.is((created.ingestionDestination.destinationConfiguration.auditLog?.destination as { s3Bucket?: { prefix?: string } }).s3Bucket?.prefix,
      ASTRAL.repeat(LENGTHS.prefix.max), "echoed as sent");
    assert.is(await outcome(create(ASTRAL.repeat(LENGTHS.prefix.max + 1))), "ValidationException");
    const tag = (key: string) => client.send(new TagResourceCommand({ resourceArn: created.ingestionDestination.arn, tags: [{ key, value: "v" }] }));
    assert.is(await outcome(tag(ASTRAL.repeat(LENGTHS.tagKey.max))), "ok");
    assert.is(await outcome(tag(ASTRAL.repeat(LENGTHS.tagKey.max + 1))), "ValidationException");
  } finally {
    await emulator.close();
  }
});

test.run();
