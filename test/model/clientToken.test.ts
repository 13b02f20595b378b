import { test } from "uvu";
import * as assert from "uvu/assert";
import { ReferenceModel } from "../../model/ReferenceModel.ts";
import {
  createDestination, createIngestionIn, err, firehoseDestination, idOf, list, ok, PROCESSING, rec, s3Destination, testEnv,
  text, withIngestion, cites } from "./modelFixtures.ts";

const TOKEN = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";

function destinationsOf(fx: ReturnType<typeof withIngestion>): readonly unknown[] {
  return list(ok(fx.model.handle("ListIngestionDestinations", fx.parents))["ingestionDestinations"]);
}

test("same token and parameters return the resource as it is now and create nothing", () => {
  const fx = withIngestion();
  const request = {
    ...fx.parents, clientToken: TOKEN, processingConfiguration: PROCESSING,
    destinationConfiguration: s3Destination("bucket-a", "p/"), tags: [{ key: "a", value: "1" }],
  };
  const arn = text(rec(ok(fx.model.handle("CreateIngestionDestination", request))["ingestionDestination"])["arn"]);
  const address = { ...fx.parents, ingestionDestinationIdentifier: arn };
  const updated = ok(fx.model.handle("UpdateIngestionDestination", { ...address, destinationConfiguration: firehoseDestination("s-1") }));
  // Same parameters, members in another order and the parents given as ARNs.
  const replay = fx.model.handle("CreateIngestionDestination", {
    tags: [{ value: "1", key: "a" }], destinationConfiguration: s3Destination("bucket-a", "p/"), processingConfiguration: PROCESSING,
    clientToken: TOKEN, ingestionIdentifier: fx.ingestionArn, appBundleIdentifier: fx.bundleArn,
  });
  assert.equal(ok(replay), updated);
  assert.ok(cites(replay, "clientToken.replay"));
  assert.is(destinationsOf(fx).length, 1);
});

test("a replay is answered even when the quota is full", () => {
  const fx = withIngestion();
  for (let i = 0; i < 4; i++) createDestination(fx);
  const request = { ...fx.parents, clientToken: TOKEN, processingConfiguration: PROCESSING, destinationConfiguration: s3Destination("b-5") };
  const fifth = ok(fx.model.handle("CreateIngestionDestination", request));
  assert.equal(ok(fx.model.handle("CreateIngestionDestination", request)), fifth);
  assert.is(destinationsOf(fx).length, 5);
});

test("same token with different parameters is a ConflictException naming IdempotentParameterMismatch", () => {
  const fx = withIngestion();
  const request = { ...fx.parents, clientToken: TOKEN, processingConfiguration: PROCESSING, destinationConfiguration: s3Destination("b-1") };
  const arn = text(rec(ok(fx.model.handle("CreateIngestionDestination", request))["ingestionDestination"])["arn"]);
  for (const changed of [
    { ...request, destinationConfiguration: s3Destination("b-2") },
    { ...request, tags: [{ key: "k", value: "v" }] },
    { ...request, processingConfiguration: { auditLog: { schema: "raw", format: "json" } } },
  ]) {
    const outcome = fx.model.handle("CreateIngestionDestination", changed);
    const members = err(outcome, "ConflictException");
    assert.match(text(members["message"]), /IdempotentParameterMismatch/);
    assert.equal([members["resourceId"], members["resourceType"]], [arn, "IngestionDestination"]);
    assert.ok(cites(outcome, "clientToken.mismatch"));
  }
  assert.is(destinationsOf(fx).length, 1);
});

test("tokens are scoped per parent: the same token under another ingestion creates anew", () => {
  const fx = withIngestion();
  const other = createIngestionIn(fx.model, fx.bundleArn, "tenant-2");
  const body = { clientToken: TOKEN, processingConfiguration: PROCESSING, destinationConfiguration: s3Destination("b-1") };
  const first = text(rec(ok(fx.model.handle("CreateIngestionDestination", { ...fx.parents, ...body }))["ingestionDestination"])["arn"]);
  const second = text(rec(ok(fx.model.handle("CreateIngestionDestination", {
    appBundleIdentifier: fx.bundleArn, ingestionIdentifier: other, ...body,
  }))["ingestionDestination"])["arn"]);
  assert.is.not(first, second);
  assert.ok(second.startsWith(other));
});

test("a token whose resource was deleted is forgotten", () => {
  const fx = withIngestion();
  const request = { ...fx.parents, clientToken: TOKEN, processingConfiguration: PROCESSING, destinationConfiguration: s3Destination("b-1") };
  const first = text(rec(ok(fx.model.handle("CreateIngestionDestination", request))["ingestionDestination"])["arn"]);
  ok(fx.model.handle("DeleteIngestionDestination", { ...fx.parents, ingestionDestinationIdentifier: first }));
  const outcome = fx.model.handle("CreateIngestionDestination", { ...request, destinationConfiguration: s3Destination("b-2") });
  const second = text(rec(ok(outcome)["ingestionDestination"])["arn"]);
  assert.is.not(second, first);
  assert.ok(cites(outcome, "clientToken.forgottenOnDelete"));
  assert.is(fx.model.state.tokens.filter((t) => t.token === TOKEN).length, 1);
});

test("without a token every Create creates", () => {
  const fx = withIngestion();
  const first = createDestination(fx);
  const second = createDestination(fx);
  assert.is.not(first, second);
  assert.is(destinationsOf(fx).length, 2);
});

test("CreateAppBundle and CreateIngestion honour tokens too", () => {
  const model = new ReferenceModel(testEnv());
  const bundle = ok(model.handle("CreateAppBundle", { clientToken: TOKEN }));
  assert.equal(ok(model.handle("CreateAppBundle", { clientToken: TOKEN })), bundle);
  const mismatch = err(model.handle("CreateAppBundle", { clientToken: TOKEN, tags: [{ key: "k", value: "v" }] }), "ConflictException");
  assert.is(mismatch["resourceType"], "AppBundle");
  const bundleArn = text(rec(bundle["appBundle"])["arn"]);
  const request = { appBundleIdentifier: bundleArn, app: "OKTA", tenantId: "t", ingestionType: "auditLog", clientToken: TOKEN };
  const ingestion = ok(model.handle("CreateIngestion", request));
  assert.equal(ok(model.handle("CreateIngestion", { ...request, appBundleIdentifier: idOf(bundleArn) })), ingestion);
  assert.is(err(model.handle("CreateIngestion", { ...request, tenantId: "other" }), "ConflictException")["resourceType"], "Ingestion");
  assert.is(model.state.ingestions.length, 1);
});

test.run();
