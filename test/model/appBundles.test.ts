import { test } from "uvu";
import * as assert from "uvu/assert";
import { ReferenceModel } from "../../model/ReferenceModel.ts";
import { createIngestionIn, err, idOf, ok, rec, testEnv, text, cites } from "./modelFixtures.ts";

const UUID = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/;

test("CreateAppBundle returns the documented ARN form and no key ARN when none is given", () => {
  const model = new ReferenceModel(testEnv());
  const bundle = rec(ok(model.handle("CreateAppBundle", {}))["appBundle"]);
  const arn = text(bundle["arn"]);
  assert.match(arn, /^arn:aws:appfabric:us-east-1:123456789012:appbundle\/[a-f0-9-]+$/);
  assert.match(idOf(arn), UUID);
  assert.equal(Object.keys(bundle), ["arn"]);
});

test("customerManagedKeyArn keeps a key ARN and builds one from a key UUID", () => {
  const keyArn = "arn:aws:kms:us-east-1:123456789012:key/abc";
  const byArn = new ReferenceModel(testEnv()).handle("CreateAppBundle", { customerManagedKeyIdentifier: keyArn });
  assert.is(rec(ok(byArn)["appBundle"])["customerManagedKeyArn"], keyArn);
  assert.ok(cites(byArn, "appBundle.create.kmsKey"));
  const uuid = "11111111-2222-4333-8444-555555555555";
  const byId = new ReferenceModel(testEnv()).handle("CreateAppBundle", { customerManagedKeyIdentifier: uuid });
  assert.is(rec(ok(byId)["appBundle"])["customerManagedKeyArn"], `arn:aws:kms:us-east-1:123456789012:key/${uuid}`);
});

test("a second app bundle exceeds the quota of one per account", () => {
  const model = new ReferenceModel(testEnv());
  ok(model.handle("CreateAppBundle", {}));
  const outcome = model.handle("CreateAppBundle", {});
  const members = err(outcome, "ServiceQuotaExceededException");
  assert.equal(members, {
    message: members["message"], resourceId: "123456789012", resourceType: "AppBundle",
    serviceCode: "appfabric", quotaCode: "L-APPBUNDLES",
  });
  assert.type(members["message"], "string");
  for (const id of ["appBundle.create.quota", "quota.error", "quota.codes"]) assert.ok(cites(outcome, id), id);
  assert.is(model.state.appBundles.length, 1);
});

test("GetAppBundle answers the same by ARN and by UUID; a missing bundle is ResourceNotFound", () => {
  const model = new ReferenceModel(testEnv());
  const arn = text(rec(ok(model.handle("CreateAppBundle", {}))["appBundle"])["arn"]);
  assert.equal(ok(model.handle("GetAppBundle", { appBundleIdentifier: arn })),
    ok(model.handle("GetAppBundle", { appBundleIdentifier: idOf(arn) })));
  const missing = "99999999-9999-4999-8999-999999999999";
  const outcome = model.handle("GetAppBundle", { appBundleIdentifier: missing });
  const members = err(outcome, "ResourceNotFoundException");
  assert.is(members["resourceId"], missing);
  assert.is(members["resourceType"], "AppBundle");
  assert.ok(cites(outcome, "resource.notFound.members"));
});

test("DeleteAppBundle of a missing bundle succeeds with an empty output", () => {
  const model = new ReferenceModel(testEnv());
  const outcome = model.handle("DeleteAppBundle", { appBundleIdentifier: "99999999-9999-4999-8999-999999999999" });
  assert.equal(ok(outcome), {});
  assert.ok(cites(outcome, "appBundle.delete.missing"));
});

test("DeleteAppBundle with ingestions is a conflict; once empty it deletes and frees the quota", () => {
  const model = new ReferenceModel(testEnv());
  const arn = text(rec(ok(model.handle("CreateAppBundle", {}))["appBundle"])["arn"]);
  const ingestionArn = createIngestionIn(model, arn);
  const conflict = err(model.handle("DeleteAppBundle", { appBundleIdentifier: arn }), "ConflictException");
  assert.equal([conflict["resourceId"], conflict["resourceType"]], [arn, "AppBundle"]);
  const parents = { appBundleIdentifier: arn, ingestionIdentifier: ingestionArn };
  ok(model.handle("StopIngestion", parents));
  ok(model.handle("DeleteIngestion", parents));
  assert.equal(ok(model.handle("DeleteAppBundle", { appBundleIdentifier: idOf(arn) })), {});
  err(model.handle("GetAppBundle", { appBundleIdentifier: arn }), "ResourceNotFoundException");
  const again = text(rec(ok(model.handle("CreateAppBundle", {}))["appBundle"])["arn"]);
  assert.is.not(again, arn);
});

test("ListAppBundles lists the bundle as a summary without nextToken", () => {
  const model = new ReferenceModel(testEnv());
  const arn = text(rec(ok(model.handle("CreateAppBundle", {}))["appBundle"])["arn"]);
  assert.equal(ok(model.handle("ListAppBundles", {})), { appBundleSummaryList: [{ arn }] });
});

test.run();
