import { test } from "uvu";
import * as assert from "uvu/assert";
import { markDestinationFailed } from "../../model/markDestinationFailed.ts";
import { ReferenceModel } from "../../model/ReferenceModel.ts";
import {
  createDestination, createIngestionIn, err, firehoseDestination, idOf, list, ok, PROCESSING, rec, s3Destination, START,
  text, withIngestion, cites } from "./modelFixtures.ts";

test("CreateIngestionDestination: Active at once, nested ARN, equal timestamps, no statusReason, no tags member", () => {
  const fx = withIngestion();
  const outcome = fx.model.handle("CreateIngestionDestination", {
    ...fx.parents, processingConfiguration: PROCESSING, destinationConfiguration: s3Destination("bucket-a", "logs/"),
    tags: [{ key: "team", value: "sec" }],
  });
  const destination = rec(ok(outcome)["ingestionDestination"]);
  assert.equal(Object.keys(destination).sort(),
    ["arn", "createdAt", "destinationConfiguration", "ingestionArn", "processingConfiguration", "status", "updatedAt"]);
  assert.match(text(destination["arn"]), new RegExp(`^${fx.ingestionArn}/ingestiondestination/[a-f0-9-]{36}$`));
  assert.is(destination["ingestionArn"], fx.ingestionArn);
  assert.is(destination["status"], "Active");
  assert.equal(destination["processingConfiguration"], PROCESSING);
  assert.equal(destination["destinationConfiguration"], s3Destination("bucket-a", "logs/"));
  assert.instance(destination["createdAt"], Date);
  assert.equal(destination["updatedAt"], destination["createdAt"]);
  assert.ok(cites(outcome, "destination.create.status"));
});

test("the 6th destination of an ingestion exceeds the quota; another ingestion still has room", () => {
  const fx = withIngestion();
  for (let i = 0; i < 5; i++) createDestination(fx);
  const outcome = fx.model.handle("CreateIngestionDestination", {
    ...fx.parents, processingConfiguration: PROCESSING, destinationConfiguration: firehoseDestination("stream-6"),
  });
  const members = err(outcome, "ServiceQuotaExceededException");
  assert.equal(members, {
    message: members["message"], resourceId: fx.ingestionArn, resourceType: "IngestionDestination",
    serviceCode: "appfabric", quotaCode: "L-INGESTIONDESTINATIONS",
  });
  assert.ok(cites(outcome, "destination.create.quota"));
  assert.is(fx.model.state.destinations.length, 5);
  const other = createIngestionIn(fx.model, fx.bundleArn, "tenant-2");
  ok(fx.model.handle("CreateIngestionDestination", {
    appBundleIdentifier: fx.bundleArn, ingestionIdentifier: other, processingConfiguration: PROCESSING,
    destinationConfiguration: firehoseDestination("stream-7"),
  }));
});

test("creating under a missing ingestion or bundle is a ValidationException, not a 404", () => {
  const fx = withIngestion();
  const body = { processingConfiguration: PROCESSING, destinationConfiguration: s3Destination("b-1") };
  const noIngestion = fx.model.handle("CreateIngestionDestination", {
    ...body, appBundleIdentifier: fx.bundleArn, ingestionIdentifier: "99999999-9999-4999-8999-999999999999",
  });
  const members = err(noIngestion, "ValidationException");
  assert.equal([members["reason"], members["message"]], ["other", "The specified ingestion does not exist"]);
  assert.ok(cites(noIngestion, "destination.create.parentMissing"));
  const noBundle = err(fx.model.handle("CreateIngestionDestination", {
    ...body, appBundleIdentifier: "99999999-9999-4999-8999-999999999999", ingestionIdentifier: fx.ingestionArn,
  }), "ValidationException");
  assert.is(noBundle["message"], "The specified app bundle does not exist");
});

test("Update replaces destinationConfiguration whole and keeps the immutable members", () => {
  const fx = withIngestion();
  const arn = createDestination(fx, { destinationConfiguration: s3Destination("bucket-a", "p/") });
  const address = { ...fx.parents, ingestionDestinationIdentifier: arn };
  const before = rec(ok(fx.model.handle("GetIngestionDestination", address))["ingestionDestination"]);
  const outcome = fx.model.handle("UpdateIngestionDestination", {
    ...address, destinationConfiguration: firehoseDestination("stream-1"),
    // Not an Update member: a lenient validator lets it through, and the model must still ignore it.
    processingConfiguration: { auditLog: { schema: "raw", format: "parquet" } },
  });
  const after = rec(ok(outcome)["ingestionDestination"]);
  assert.equal(after["destinationConfiguration"], firehoseDestination("stream-1"));
  assert.equal(after["processingConfiguration"], PROCESSING);
  assert.equal([after["arn"], after["ingestionArn"], after["status"], after["createdAt"]],
    [before["arn"], before["ingestionArn"], before["status"], before["createdAt"]]);
  assert.ok((after["updatedAt"] as Date) > (before["updatedAt"] as Date));
  for (const id of ["destination.update.processingImmutable", "destination.update.replace", "destination.update.updatedAt"]) {
    assert.ok(cites(outcome, id), id);
  }
  assert.equal(rec(ok(fx.model.handle("GetIngestionDestination", address))["ingestionDestination"]), after);
});

test("updatedAt never moves backwards when the clock does", () => {
  const fx = withIngestion();
  const arn = createDestination(fx);
  const address = { ...fx.parents, ingestionDestinationIdentifier: arn };
  fx.env.setTime(START + 3_600_000);
  const late = rec(ok(fx.model.handle("UpdateIngestionDestination", { ...address, destinationConfiguration: s3Destination("b-2") }))["ingestionDestination"]);
  assert.equal(late["updatedAt"], new Date(START + 3_600_000));
  fx.env.setTime(START);
  const early = rec(ok(fx.model.handle("UpdateIngestionDestination", { ...address, destinationConfiguration: s3Destination("b-3") }))["ingestionDestination"]);
  assert.equal(early["updatedAt"], late["updatedAt"]);
  assert.equal(early["destinationConfiguration"], s3Destination("b-3"));
  assert.ok((early["createdAt"] as Date) <= (early["updatedAt"] as Date));
});

test("every mix of ARN and UUID identifiers names the same destination", () => {
  const fx = withIngestion();
  const arn = createDestination(fx);
  const forms = {
    appBundleIdentifier: [fx.bundleArn, idOf(fx.bundleArn)],
    ingestionIdentifier: [fx.ingestionArn, idOf(fx.ingestionArn)],
    ingestionDestinationIdentifier: [arn, idOf(arn)],
  };
  const expected = ok(fx.model.handle("GetIngestionDestination", { ...fx.parents, ingestionDestinationIdentifier: arn }));
  for (const b of forms.appBundleIdentifier) for (const i of forms.ingestionIdentifier) for (const d of forms.ingestionDestinationIdentifier) {
    const outcome = fx.model.handle("GetIngestionDestination", { appBundleIdentifier: b, ingestionIdentifier: i, ingestionDestinationIdentifier: d });
    assert.equal(ok(outcome), expected, `${b} ${i} ${d}`);
    assert.ok(cites(outcome, "identifier.arnOrUuid"));
  }
});

test("an identifier naming the destination under the wrong parent, account or case is not found", () => {
  const fx = withIngestion();
  const arn = createDestination(fx);
  const otherIngestion = createIngestionIn(fx.model, fx.bundleArn, "tenant-2");
  const cases = [
    { ...fx.parents, ingestionIdentifier: otherIngestion, ingestionDestinationIdentifier: arn },
    { ...fx.parents, ingestionIdentifier: otherIngestion, ingestionDestinationIdentifier: idOf(arn) },
    { ...fx.parents, ingestionDestinationIdentifier: arn.replace("123456789012", "210987654321") },
    { ...fx.parents, ingestionDestinationIdentifier: arn.replace("us-east-1", "eu-west-1") },
    { ...fx.parents, ingestionDestinationIdentifier: idOf(arn).toUpperCase() },
    { ...fx.parents, ingestionDestinationIdentifier: fx.ingestionArn },
  ];
  for (const input of cases) {
    for (const operation of ["GetIngestionDestination", "DeleteIngestionDestination"]) {
      const outcome = fx.model.handle(operation, input);
      const members = err(outcome, "ResourceNotFoundException");
      assert.equal([members["resourceId"], members["resourceType"]], [input.ingestionDestinationIdentifier, "IngestionDestination"]);
      assert.is(cites(outcome, "identifier.arnExact"), input.ingestionDestinationIdentifier.startsWith("arn:"));
    }
  }
  assert.is(fx.model.state.destinations.length, 1);
});

test("Get/Update under a missing parent are ResourceNotFound of type IngestionDestination", () => {
  const fx = withIngestion();
  const arn = createDestination(fx);
  const input = { appBundleIdentifier: fx.bundleArn, ingestionIdentifier: "99999999-9999-4999-8999-999999999999", ingestionDestinationIdentifier: arn };
  for (const operation of ["GetIngestionDestination", "UpdateIngestionDestination"]) {
    const members = err(fx.model.handle(operation, { ...input, destinationConfiguration: s3Destination("b") }), "ResourceNotFoundException");
    assert.equal([members["resourceId"], members["resourceType"]], [arn, "IngestionDestination"]);
  }
  const listed = err(fx.model.handle("ListIngestionDestinations", input), "ResourceNotFoundException");
  assert.equal([listed["resourceId"], listed["resourceType"]], [input.ingestionIdentifier, "IngestionDestination"]);
});

test("DeleteIngestionDestination removes it and its tags; a second delete is ResourceNotFound", () => {
  const fx = withIngestion();
  const arn = createDestination(fx, { tags: [{ key: "k", value: "v" }] });
  const address = { ...fx.parents, ingestionDestinationIdentifier: arn };
  const first = fx.model.handle("DeleteIngestionDestination", address);
  assert.equal(ok(first), {});
  assert.ok(cites(first, "resource.lifecycle"));
  const second = fx.model.handle("DeleteIngestionDestination", address);
  assert.is(err(second, "ResourceNotFoundException")["resourceType"], "IngestionDestination");
  err(fx.model.handle("GetIngestionDestination", address), "ResourceNotFoundException");
  err(fx.model.handle("ListTagsForResource", { resourceArn: arn }), "ResourceNotFoundException");
  assert.equal(list(ok(fx.model.handle("ListIngestionDestinations", fx.parents))["ingestionDestinations"]), []);
});

test("markDestinationFailed sets Failed with a statusReason; unknown ARNs change nothing", () => {
  const fx = withIngestion();
  const arn = createDestination(fx);
  const failed = new ReferenceModel(fx.env, markDestinationFailed(fx.model.state, arn, "bucket full"));
  const destination = rec(ok(failed.handle("GetIngestionDestination", { ...fx.parents, ingestionDestinationIdentifier: arn }))["ingestionDestination"]);
  assert.equal([destination["status"], destination["statusReason"]], ["Failed", "bucket full"]);
  const active = rec(ok(fx.model.handle("GetIngestionDestination", { ...fx.parents, ingestionDestinationIdentifier: arn }))["ingestionDestination"]);
  assert.is(active["status"], "Active");
  assert.not.ok("statusReason" in active);
  const state = fx.model.state;
  assert.is(markDestinationFailed(state, `${arn}0`, "x"), state);
});

test.run();
