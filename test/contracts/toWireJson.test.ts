import { test } from "uvu";
import * as assert from "uvu/assert";
import { createContract } from "../../contracts/contract.ts";
import { toWireJson } from "../../contracts/toWireJson.ts";
import { INGESTION_ARN, BUNDLE_ARN } from "./fixtures.ts";

const contract = createContract();
const CREATED = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678));

/** What an SDK command resolves to: Dates, $metadata, undefined optional members. */
const SDK_OUTPUT = {
  $metadata: { httpStatusCode: 200, requestId: "r-1", attempts: 1 },
  ingestion: {
    arn: INGESTION_ARN, appBundleArn: BUNDLE_ARN, app: "OKTA", tenantId: "t", state: "enabled",
    ingestionType: "auditLog", createdAt: CREATED, updatedAt: CREATED, extra: undefined,
  },
};

test("Dates become ISO strings, $metadata and undefined members disappear, at every depth", () => {
  assert.equal(toWireJson(SDK_OUTPUT), {
    ingestion: {
      arn: INGESTION_ARN, appBundleArn: BUNDLE_ARN, app: "OKTA", tenantId: "t", state: "enabled",
      ingestionType: "auditLog", createdAt: "2024-01-02T03:04:05.678Z", updatedAt: "2024-01-02T03:04:05.678Z",
    },
  });
  assert.equal(toWireJson([{ $metadata: {}, at: CREATED, list: [{ $metadata: 1, n: 1 }] }]),
    [{ at: CREATED.toISOString(), list: [{ n: 1 }] }]);
  assert.is(toWireJson(undefined), undefined);
  assert.is(toWireJson("s"), "s");
});

test("an SDK output checks against the wire schema only once converted", () => {
  assert.equal(contract.checkOutput("GetIngestion", toWireJson(SDK_OUTPUT)), []);
  const raw = contract.checkOutput("GetIngestion", SDK_OUTPUT);
  assert.ok(raw.some((v) => v.path === "/ingestion/createdAt" && v.keyword === "type"), JSON.stringify(raw));
});

test("it throws where JSON.stringify does", () => {
  assert.throws(() => toWireJson({ n: 1n }));
});

test.run();
