import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkWire } from "../../properties/checks/checkWire.ts";
import type { Exchange } from "../../targets/outcome.ts";
import { contract } from "./harness.ts";
import { graded } from "../findingFixture.ts";

const ARN = "arn:aws:appfabric:us-east-1:123456789012:appbundle/b/ingestion/i/ingestiondestination/d";
const destination = {
  arn: ARN, ingestionArn: "arn:aws:appfabric:us-east-1:123456789012:appbundle/b/ingestion/i",
  processingConfiguration: { auditLog: { schema: "ocsf", format: "json" } },
  destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "bucket" } } } },
  status: "Active", createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z",
};
const createPath = "/appbundles/b/ingestions/i/ingestiondestinations";

function exchange(status: number, body: unknown, headers: Record<string, string> = { "content-type": "application/json" }, path = createPath, method = "POST"): Exchange {
  return { request: { method, path, query: {}, headers: {}, body: "{}" }, response: { status, headers, body: typeof body === "string" ? body : JSON.stringify(body) }, durationMs: 1 };
}

const checks = (x: Exchange) => graded(checkWire(contract, "CreateIngestionDestination", [x])).map((f) => f.check);

test("a documented answer passes, with null members treated as absent", () => {
  assert.equal(checks(exchange(201, { ingestionDestination: destination })), []);
  const withNull = { ingestionDestination: { ...destination, statusReason: null,
    destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "bucket" }, firehoseStream: null } } } } };
  assert.equal(checks(exchange(201, withNull)), []);
});

test("each part of the binding is checked", () => {
  assert.equal(checks(exchange(200, { ingestionDestination: destination })), ["success-status"]);
  assert.equal(checks(exchange(201, { ingestionDestination: destination }, { "content-type": "text/plain" })), ["content-type"]);
  assert.equal(checks(exchange(201, { ingestionDestination: { ...destination, createdAt: 1767225600 } })), ["output-schema"]);
  assert.equal(checks(exchange(201, "not json")), ["json-body"]);
  assert.equal(checks(exchange(201, { ingestionDestination: destination }, undefined, "/appbundles/b/ingestions", "POST")), ["request-route"]);
  assert.equal(checks(exchange(404, { message: "gone", resourceId: "x", resourceType: "y" })), ["error-type-header"]);
  assert.equal(checks(exchange(404, { message: "bad" }, { "content-type": "application/json", "x-amzn-errortype": "ValidationException" })), ["error-status", "error-schema"]);
  assert.equal(checks(exchange(429, { message: "slow" }, { "content-type": "application/json", "x-amzn-errortype": "ThrottlingException:http://x", "retry-after": "soon" })), ["retry-after"]);
  assert.equal(checks(exchange(400, { message: "bad", reason: "other" }, { "content-type": "application/json", "x-amzn-errortype": "aws.protocoltests#ValidationException" })), []);
});

test("a list page longer than the maxResults the request asked for is a wire finding", () => {
  const list = (maxResults: string | undefined, items: number): Exchange => ({
    request: { method: "GET", path: "/appbundles/b/ingestions/i/ingestiondestinations", query: maxResults === undefined ? {} : { maxResults }, headers: {}, body: "" },
    response: { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ ingestionDestinations: Array.from({ length: items }, () => ({ arn: ARN })) }) },
    durationMs: 1,
  });
  const listChecks = (x: Exchange) => graded(checkWire(contract, "ListIngestionDestinations", [x]));
  assert.equal(listChecks(list("2", 2)), []);
  assert.equal(listChecks(list(undefined, 5)), [], "without maxResults the page size is the service's");
  const [finding] = listChecks(list("2", 3));
  assert.equal([finding?.kind, finding?.check, finding?.message], ["wire", "page-size", "a page of 3 ingestionDestinations answered maxResults 2"]);
});

test.run();
