import { test } from "uvu";
import * as assert from "uvu/assert";
import { ReferenceModel } from "../../model/ReferenceModel.ts";
import type { ModelState } from "../../model/state.ts";
import {
  createDestination, createIngestionIn, err, idOf, list, ok, rec, START, testEnv, text, withIngestion, cites } from "./modelFixtures.ts";

test("CreateIngestion under a missing app bundle is a ValidationException with reason other", () => {
  const model = new ReferenceModel(testEnv());
  const outcome = model.handle("CreateIngestion", {
    appBundleIdentifier: "99999999-9999-4999-8999-999999999999", app: "OKTA", tenantId: "t", ingestionType: "auditLog",
  });
  const members = err(outcome, "ValidationException");
  assert.is(members["reason"], "other");
  assert.match(text(members["message"]), /app bundle does not exist/);
  assert.ok(cites(outcome, "ingestion.create.parentMissing"));
  assert.equal(model.state.ingestions, []);
});

test("CreateIngestion returns an enabled ingestion with the documented members and clock timestamps", () => {
  const model = new ReferenceModel(testEnv());
  const bundleArn = text(rec(ok(model.handle("CreateAppBundle", {}))["appBundle"])["arn"]);
  const outcome = model.handle("CreateIngestion", { appBundleIdentifier: idOf(bundleArn), app: "SLACK", tenantId: "T1", ingestionType: "auditLog" });
  const ingestion = rec(ok(outcome)["ingestion"]);
  assert.equal(Object.keys(ingestion).sort(),
    ["app", "appBundleArn", "arn", "createdAt", "ingestionType", "state", "tenantId", "updatedAt"]);
  assert.match(text(ingestion["arn"]), new RegExp(`^${bundleArn}/ingestion/[a-f0-9-]{36}$`));
  assert.equal([ingestion["appBundleArn"], ingestion["app"], ingestion["tenantId"], ingestion["state"], ingestion["ingestionType"]],
    [bundleArn, "SLACK", "T1", "enabled", "auditLog"]);
  assert.instance(ingestion["createdAt"], Date);
  assert.equal(ingestion["createdAt"], new Date(START + 1000));
  assert.equal(ingestion["updatedAt"], ingestion["createdAt"]);
  for (const id of ["ingestion.create.state", "ingestion.create.noAppAuthorization", "resource.create.timestamps"]) {
    assert.ok(cites(outcome, id), id);
  }
});

test("Start and Stop switch the state and are no-ops when already there", () => {
  const fx = withIngestion();
  const get = () => rec(ok(fx.model.handle("GetIngestion", fx.parents))["ingestion"]);
  assert.equal(ok(fx.model.handle("StopIngestion", fx.parents)), {});
  const stopped = get();
  assert.is(stopped["state"], "disabled");
  const before = fx.model.state;
  assert.equal(ok(fx.model.handle("StopIngestion", fx.parents)), {});
  assert.is(fx.model.state, before, "a second stop changes nothing");
  ok(fx.model.handle("StartIngestion", fx.parents));
  const started = get();
  assert.is(started["state"], "enabled");
  assert.ok((started["updatedAt"] as Date) > (stopped["updatedAt"] as Date));
});

test("Get/Start/Stop/Delete of a missing ingestion are ResourceNotFound of type Ingestion", () => {
  const fx = withIngestion();
  const input = { appBundleIdentifier: fx.parents.appBundleIdentifier, ingestionIdentifier: "99999999-9999-4999-8999-999999999999" };
  for (const operation of ["GetIngestion", "StartIngestion", "StopIngestion", "DeleteIngestion"]) {
    const members = err(fx.model.handle(operation, input), "ResourceNotFoundException");
    assert.equal([members["resourceId"], members["resourceType"]], [input.ingestionIdentifier, "Ingestion"], operation);
  }
  const missingBundle = { appBundleIdentifier: "99999999-9999-4999-8999-999999999999" };
  const listed = err(fx.model.handle("ListIngestions", missingBundle), "ResourceNotFoundException");
  assert.equal([listed["resourceId"], listed["resourceType"]], [missingBundle.appBundleIdentifier, "Ingestion"]);
});

test("DeleteIngestion needs a stopped ingestion without destinations", () => {
  const fx = withIngestion();
  const destinationArn = createDestination(fx);
  const enabled = fx.model.handle("DeleteIngestion", fx.parents);
  assert.is(err(enabled, "ValidationException")["reason"], "other");
  assert.ok(cites(enabled, "ingestion.delete.preconditionError"));
  ok(fx.model.handle("StopIngestion", fx.parents));
  const withDestination = err(fx.model.handle("DeleteIngestion", fx.parents), "ValidationException");
  assert.match(text(withDestination["message"]), /destinations/);
  ok(fx.model.handle("DeleteIngestionDestination", { ...fx.parents, ingestionDestinationIdentifier: destinationArn }));
  assert.equal(ok(fx.model.handle("DeleteIngestion", fx.parents)), {});
  err(fx.model.handle("GetIngestion", fx.parents), "ResourceNotFoundException");
});

test("ListIngestions returns summaries only", () => {
  const fx = withIngestion();
  const items = list(ok(fx.model.handle("ListIngestions", { appBundleIdentifier: fx.bundleArn }))["ingestions"]);
  assert.equal(items, [{ arn: fx.ingestionArn, app: "OKTA", tenantId: "tenant-1", state: "enabled" }]);
});

test("the ingestion quota is 50 per account, counted across bundles", () => {
  const fx = withIngestion();
  for (let i = 1; i < 30; i++) createIngestionIn(fx.model, fx.bundleArn, `t${i}`);
  // A second bundle cannot be created through the API (quota 1), so it is planted in the state directly.
  const first = fx.model.state.appBundles[0];
  assert.ok(first !== undefined);
  const secondId = "00000000-0000-4000-8000-00000000ffff";
  const secondArn = first.arn.replace(first.id, secondId);
  const planted: ModelState = {
    ...fx.model.state, seq: fx.model.state.seq + 1,
    appBundles: [...fx.model.state.appBundles, { id: secondId, arn: secondArn, seq: fx.model.state.seq + 1, tags: [] }],
  };
  const model = new ReferenceModel(fx.env, planted);
  for (let i = 0; i < 20; i++) createIngestionIn(model, secondArn, `u${i}`);
  assert.is(model.state.ingestions.length, 50);
  const outcome = model.handle("CreateIngestion", { appBundleIdentifier: secondArn, app: "OKTA", tenantId: "x", ingestionType: "auditLog" });
  const members = err(outcome, "ServiceQuotaExceededException");
  assert.equal([members["resourceType"], members["quotaCode"], members["serviceCode"]], ["Ingestion", "L-INGESTIONS", "appfabric"]);
  assert.ok(cites(outcome, "ingestion.create.quota"));
});

test.run();
