/** Wire check per catalogue entry: route, status, headers and bodies of a success and an error for all 18 operations. */
import { randomUUID } from "node:crypto";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { ErrorName } from "../../contracts/errorCatalogue.ts";
import { OPERATION_NAMES, type OperationName } from "../../contracts/operationCatalogue.ts";
import { startEmulator, type RunningEmulator } from "../../emulator/index.ts";
import { keepAliveAgent } from "./rawHttp.ts";
import { callOperation, expectError, expectSuccess, type CallParts } from "./wireCalls.ts";

interface Context {
  emulator: RunningEmulator;
  agent: ReturnType<typeof keepAliveAgent>;
  bundle: string;
  ingestion: string;
  destination: string;
  succeeded: Set<OperationName>;
  failed: Set<OperationName>;
}

const test = suite<Context>("emulator wire", {
  emulator: undefined as unknown as RunningEmulator, agent: keepAliveAgent(), bundle: "", ingestion: "", destination: "",
  succeeded: new Set(), failed: new Set(),
});

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/;
const PROCESSING = { auditLog: { schema: "ocsf", format: "json" } };
const S3 = { auditLog: { destination: { s3Bucket: { bucketName: "bucket-1", prefix: "p/" } } } };
const FIREHOSE = { auditLog: { destination: { firehoseStream: { streamName: "stream-1" } } } };
const idOf = (arn: string) => arn.slice(arn.lastIndexOf("/") + 1);
const record = (value: unknown) => value as Record<string, unknown>;

async function ok(ctx: Context, op: OperationName, parts?: CallParts): Promise<Record<string, unknown>> {
  const body = expectSuccess(op, await callOperation(ctx.emulator.url, op, parts, ctx.agent));
  ctx.succeeded.add(op);
  return body;
}

async function fails(ctx: Context, op: OperationName, name: ErrorName, parts?: CallParts): Promise<Record<string, unknown>> {
  const body = expectError(op, await callOperation(ctx.emulator.url, op, parts, ctx.agent), name);
  ctx.failed.add(op);
  return body;
}

const bundleLabels = (ctx: Context) => ({ appBundleIdentifier: ctx.bundle });
const ingestionLabels = (ctx: Context) => ({ ...bundleLabels(ctx), ingestionIdentifier: ctx.ingestion });
const destinationLabels = (ctx: Context) => ({ ...ingestionLabels(ctx), ingestionDestinationIdentifier: ctx.destination });

test.before(async (ctx) => {
  ctx.emulator = await startEmulator();
});

test.after(async (ctx) => {
  ctx.agent.destroy();
  await ctx.emulator.close();
});

test("app bundles: create (201), quota (402), get, list, maxResults errors", async (ctx) => {
  const created = await ok(ctx, "CreateAppBundle", { body: { tags: [{ key: "team", value: "sec" }] } });
  ctx.bundle = String(record(created["appBundle"])["arn"]);
  const quota = await fails(ctx, "CreateAppBundle", "ServiceQuotaExceededException", { body: {} });
  assert.is(quota["resourceType"], "AppBundle");
  const got = await ok(ctx, "GetAppBundle", { labels: { appBundleIdentifier: idOf(ctx.bundle) } });
  assert.is(record(got["appBundle"])["arn"], ctx.bundle);
  const missing = await fails(ctx, "GetAppBundle", "ResourceNotFoundException", { labels: { appBundleIdentifier: randomUUID() } });
  assert.is(missing["resourceType"], "AppBundle");
  const listed = await ok(ctx, "ListAppBundles", { query: "maxResults=5" });
  assert.equal(listed["appBundleSummaryList"], [{ arn: ctx.bundle }]);
  const notInteger = await fails(ctx, "ListAppBundles", "ValidationException", { query: "maxResults=abc" });
  assert.is(notInteger["reason"], "fieldValidationFailed");
  assert.equal((notInteger["fieldList"] as { name: string }[]).map((f) => f.name), ["maxResults"]);
  await fails(ctx, "ListAppBundles", "ValidationException", { query: "maxResults=101" });
});

test("ingestions: create, get, list pages, conflict on bundle delete, stop and start", async (ctx) => {
  const input = { app: "OKTA", tenantId: "tenant-1", ingestionType: "auditLog" };
  const created = await ok(ctx, "CreateIngestion", { labels: bundleLabels(ctx), body: input });
  const ingestion = record(created["ingestion"]);
  ctx.ingestion = String(ingestion["arn"]);
  assert.match(String(ingestion["createdAt"]), RFC3339);
  await fails(ctx, "CreateIngestion", "ValidationException", { labels: bundleLabels(ctx), body: { ...input, ingestionType: "other" } });
  await ok(ctx, "CreateIngestion", { labels: bundleLabels(ctx), body: { ...input, tenantId: "tenant-2" } });
  await ok(ctx, "GetIngestion", { labels: ingestionLabels(ctx) });
  await fails(ctx, "GetIngestion", "ResourceNotFoundException", { labels: { ...bundleLabels(ctx), ingestionIdentifier: randomUUID() } });
  const seen: unknown[] = [];
  let query = "maxResults=1";
  for (let page = 0; page < 5 && query !== ""; page++) {
    const listed = await ok(ctx, "ListIngestions", { labels: bundleLabels(ctx), query });
    seen.push(...(listed["ingestions"] as unknown[]));
    const token = listed["nextToken"];
    query = typeof token === "string" ? `maxResults=1&nextToken=${encodeURIComponent(token)}` : "";
  }
  assert.is(seen.length, 2);
  await fails(ctx, "ListIngestions", "ResourceNotFoundException", { labels: { appBundleIdentifier: randomUUID() } });
  await fails(ctx, "DeleteAppBundle", "ConflictException", { labels: bundleLabels(ctx) });
  await ok(ctx, "StopIngestion", { labels: ingestionLabels(ctx) });
  await fails(ctx, "StopIngestion", "ResourceNotFoundException", { labels: { ...bundleLabels(ctx), ingestionIdentifier: randomUUID() } });
  await ok(ctx, "StartIngestion", { labels: ingestionLabels(ctx) });
  await fails(ctx, "StartIngestion", "ResourceNotFoundException", { labels: { ...bundleLabels(ctx), ingestionIdentifier: randomUUID() } });
});

test("destinations: create, unknown body member reaches the validator, get, update, list", async (ctx) => {
  const body = { processingConfiguration: PROCESSING, destinationConfiguration: S3 };
  const created = await ok(ctx, "CreateIngestionDestination", { labels: ingestionLabels(ctx), body });
  ctx.destination = String(record(created["ingestionDestination"])["arn"]);
  const unknown = await fails(ctx, "CreateIngestionDestination", "ValidationException",
    { labels: ingestionLabels(ctx), body: { ...body, surprise: 1 } });
  assert.equal(unknown["fieldList"], [{ name: "surprise", message: "must NOT have additional properties" }]);
  await ok(ctx, "GetIngestionDestination", { labels: destinationLabels(ctx) });
  await fails(ctx, "GetIngestionDestination", "ResourceNotFoundException",
    { labels: { ...ingestionLabels(ctx), ingestionDestinationIdentifier: randomUUID() } });
  const updated = await ok(ctx, "UpdateIngestionDestination",
    { labels: destinationLabels(ctx), body: { destinationConfiguration: FIREHOSE } });
  assert.equal(record(updated["ingestionDestination"])["destinationConfiguration"], FIREHOSE);
  await fails(ctx, "UpdateIngestionDestination", "ResourceNotFoundException",
    { labels: { ...ingestionLabels(ctx), ingestionDestinationIdentifier: randomUUID() }, body: { destinationConfiguration: S3 } });
  const listed = await ok(ctx, "ListIngestionDestinations", { labels: ingestionLabels(ctx) });
  assert.equal(listed["ingestionDestinations"], [{ arn: ctx.destination }]);
  await fails(ctx, "ListIngestionDestinations", "ResourceNotFoundException",
    { labels: { ...bundleLabels(ctx), ingestionIdentifier: randomUUID() } });
});

test("percent-encoded ARN labels and UUID labels name the same resource", async (ctx) => {
  const byArn = await ok(ctx, "GetIngestionDestination", { labels: destinationLabels(ctx) });
  const uuids = { appBundleIdentifier: idOf(ctx.bundle), ingestionIdentifier: idOf(ctx.ingestion),
    ingestionDestinationIdentifier: idOf(ctx.destination) };
  const byUuid = await ok(ctx, "GetIngestionDestination", { labels: uuids });
  // Only `/` encoded, `:` left as it is: still one segment per label.
  const slashOnly = await ok(ctx, "GetIngestionDestination", { labels: destinationLabels(ctx), encode: (l) => l.replaceAll("/", "%2F") });
  assert.equal(byUuid, byArn);
  assert.equal(slashOnly, byArn);
  assert.is(record(byArn["ingestionDestination"])["arn"], ctx.destination);
});

test("tags: tag, list, untag with repeated tagKeys", async (ctx) => {
  const resourceArn = ctx.destination;
  const tags = [{ key: "a", value: "1" }, { key: "b", value: "2" }, { key: "c d", value: "3" }];
  await ok(ctx, "TagResource", { labels: { resourceArn }, body: { tags } });
  const missingArn = ctx.destination.replace(idOf(ctx.destination), randomUUID());
  await fails(ctx, "TagResource", "ResourceNotFoundException", { labels: { resourceArn: missingArn }, body: { tags } });
  assert.equal((await ok(ctx, "ListTagsForResource", { labels: { resourceArn } }))["tags"], tags);
  await fails(ctx, "ListTagsForResource", "ResourceNotFoundException", { labels: { resourceArn: missingArn } });
  await ok(ctx, "UntagResource", { labels: { resourceArn }, query: "tagKeys=a&tagKeys=c%20d" });
  assert.equal((await ok(ctx, "ListTagsForResource", { labels: { resourceArn } }))["tags"], [{ key: "b", value: "2" }]);
  const noKeys = await fails(ctx, "UntagResource", "ValidationException", { labels: { resourceArn } });
  assert.equal((noKeys["fieldList"] as { name: string }[]).map((f) => f.name), ["tagKeys"]);
});

test("deletes: 204 with an empty body, then not found; ingestion and bundle", async (ctx) => {
  await ok(ctx, "DeleteIngestionDestination", { labels: destinationLabels(ctx) });
  await fails(ctx, "DeleteIngestionDestination", "ResourceNotFoundException", { labels: destinationLabels(ctx) });
  await ok(ctx, "StopIngestion", { labels: ingestionLabels(ctx) });
  await ok(ctx, "DeleteIngestion", { labels: ingestionLabels(ctx) });
  await fails(ctx, "DeleteIngestion", "ResourceNotFoundException", { labels: ingestionLabels(ctx) });
  const listed = await ok(ctx, "ListIngestions", { labels: bundleLabels(ctx) });
  for (const item of listed["ingestions"] as { arn: string }[]) {
    await ok(ctx, "StopIngestion", { labels: { ...bundleLabels(ctx), ingestionIdentifier: item.arn } });
    await ok(ctx, "DeleteIngestion", { labels: { ...bundleLabels(ctx), ingestionIdentifier: item.arn } });
  }
  await ok(ctx, "DeleteAppBundle", { labels: bundleLabels(ctx) });
  await fails(ctx, "GetAppBundle", "ResourceNotFoundException", { labels: bundleLabels(ctx) });
});

test("every catalogue operation was checked with a success and a documented error", (ctx) => {
  assert.equal([...ctx.succeeded].sort(), [...OPERATION_NAMES].sort());
  assert.equal([...ctx.failed].sort(), [...OPERATION_NAMES].sort());
});

test.run();
