/** Benign handlings at the Handle level: each answers differently from the reference model, never wrongly. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createContract } from "../../contracts/contract.ts";
import { inputValidator } from "../../contracts/inputValidator.ts";
import { referenceHandle } from "../../emulator/createModelHandle.ts";
import { delayedVisibility } from "../../emulator/delayedVisibility.ts";
import { jsonPointerFieldNames } from "../../emulator/jsonPointerFieldNames.ts";
import { refusesUnofferedFormats } from "../../emulator/refusesUnofferedFormats.ts";
import { reversedListOrder } from "../../emulator/reversedListOrder.ts";
import type { Handle } from "../../emulator/types.ts";
import type { ModelInput } from "../../model/index.ts";
import { err, firehoseDestination, list, ok, PROCESSING, rec, s3Destination, testEnv, text } from "../model/modelFixtures.ts";

const env = () => testEnv(inputValidator(createContract()));

/** An app bundle and an ingestion on a handle, and creates under them. */
function parentsOn(handle: Handle) {
  const bundle = text(rec(ok(handle("CreateAppBundle", {})).appBundle).arn);
  const ingestion = text(rec(ok(handle("CreateIngestion", { appBundleIdentifier: bundle, app: "OKTA", tenantId: "t", ingestionType: "auditLog" })).ingestion).arn);
  const parents = { appBundleIdentifier: bundle, ingestionIdentifier: ingestion };
  const create = (extra: ModelInput = {}) => handle("CreateIngestionDestination", { ...parents, processingConfiguration: PROCESSING, destinationConfiguration: s3Destination("bucket-a"), ...extra });
  return { bundle, parents, create };
}

const arnOf = (outcome: ReturnType<Handle>) => text(rec(ok(outcome).ingestionDestination).arn);
const arns = (outcome: ReturnType<Handle>) => list(ok(outcome).ingestionDestinations).map((d) => text(rec(d).arn));

test("delayed visibility: reads see the state of delayMs ago, writes the current one", () => {
  let now = 0;
  const handle = delayedVisibility(50, () => now)(env());
  const bundle = text(rec(ok(handle("CreateAppBundle", {})).appBundle).arn);
  now = 10;
  err(handle("GetAppBundle", { appBundleIdentifier: bundle }), "ResourceNotFoundException");
  const ingestion = text(rec(ok(handle("CreateIngestion", { appBundleIdentifier: bundle, app: "OKTA", tenantId: "t", ingestionType: "auditLog" })).ingestion).arn);
  now = 50;
  assert.is(text(rec(ok(handle("GetAppBundle", { appBundleIdentifier: bundle })).appBundle).arn), bundle);
  err(handle("GetIngestion", { appBundleIdentifier: bundle, ingestionIdentifier: ingestion }), "ResourceNotFoundException");
  ok(handle("TagResource", { resourceArn: bundle, tags: [{ key: "k", value: "v" }] }));
  now = 60;
  assert.is(text(rec(ok(handle("GetIngestion", { appBundleIdentifier: bundle, ingestionIdentifier: ingestion })).ingestion).arn), ingestion);
  assert.equal(ok(handle("ListTagsForResource", { resourceArn: bundle })).tags, []);
  now = 100;
  assert.equal(ok(handle("ListTagsForResource", { resourceArn: bundle })).tags, [{ key: "k", value: "v" }]);
});

test("reversed list order: newest first, pages neither skip nor repeat while destinations come and go", () => {
  const handle = reversedListOrder(referenceHandle(env()));
  const { parents, create } = parentsOn(handle);
  const [d1, d2, d3, d4, d5] = [1, 2, 3, 4, 5].map(() => arnOf(create()));
  assert.equal(arns(handle("ListIngestionDestinations", parents)), [d5, d4, d3, d2, d1]);
  const first = ok(handle("ListIngestionDestinations", { ...parents, maxResults: 2 }));
  assert.equal(arns({ ok: true, output: first, basis: [] }), [d5, d4]);
  ok(handle("DeleteIngestionDestination", { ...parents, ingestionDestinationIdentifier: d3 }));
  const d6 = arnOf(create());
  const second = ok(handle("ListIngestionDestinations", { ...parents, maxResults: 2, nextToken: first.nextToken }));
  assert.equal(arns({ ok: true, output: second, basis: [] }), [d2, d1], "below the last item returned, the deleted one left out");
  assert.is(second.nextToken, undefined);
  assert.equal(arns(handle("ListIngestionDestinations", parents)), [d6, d5, d4, d2, d1]);
  err(handle("ListIngestionDestinations", { ...parents, nextToken: "not-a-token-it-issued" }), "ValidationException");
  err(handle("ListIngestionDestinations", { ...parents, ingestionIdentifier: "00000000-0000-4000-8000-000000000000" }), "ResourceNotFoundException");
});

test("unoffered formats refused: raw+parquet and parquet to Firehose get ValidationException, on Create and on an Update that makes the pair", () => {
  const handle = refusesUnofferedFormats(referenceHandle(env()));
  const { parents, create } = parentsOn(handle);
  const parquet = { auditLog: { schema: "ocsf", format: "parquet" } };
  err(create({ processingConfiguration: { auditLog: { schema: "raw", format: "parquet" } } }), "ValidationException");
  err(create({ processingConfiguration: parquet, destinationConfiguration: firehoseDestination("stream") }), "ValidationException");
  const stored = arnOf(create({ processingConfiguration: parquet }));
  const address = { ...parents, ingestionDestinationIdentifier: stored };
  err(handle("UpdateIngestionDestination", { ...address, destinationConfiguration: firehoseDestination("stream") }), "ValidationException");
  assert.equal(rec(ok(handle("GetIngestionDestination", address)).ingestionDestination).destinationConfiguration, s3Destination("bucket-a"));
  ok(handle("UpdateIngestionDestination", { ...address, destinationConfiguration: s3Destination("bucket-b") }));
  ok(create({ destinationConfiguration: firehoseDestination("stream") }));
});

test("JSON Pointer field names: fieldList names members as pointers, the rest of the error as the model has it", () => {
  const model = referenceHandle(env());
  const handle = jsonPointerFieldNames(model);
  const invalid = { ...parentsOn(handle).parents, processingConfiguration: PROCESSING, destinationConfiguration: s3Destination("ab") };
  const members = err(handle("CreateIngestionDestination", invalid), "ValidationException");
  assert.equal(list(members.fieldList).map((f) => rec(f).name), ["/destinationConfiguration/auditLog/destination/s3Bucket/bucketName"]);
  const plain = err(model("CreateIngestionDestination", invalid), "ValidationException");
  assert.equal(list(plain.fieldList).map((f) => rec(f).name), ["destinationConfiguration.auditLog.destination.s3Bucket.bucketName"]);
  assert.is(members.reason, plain.reason);
  err(handle("GetAppBundle", { appBundleIdentifier: "00000000-0000-4000-8000-000000000000" }), "ResourceNotFoundException");
});

test.run();
