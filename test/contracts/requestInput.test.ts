import { test } from "uvu";
import * as assert from "uvu/assert";
import { matchRoute } from "../../contracts/matchRoute.ts";
import { requestInput } from "../../contracts/requestInput.ts";

const ARN = "arn:aws:appfabric:us-east-1:123456789012:appbundle/b";
const request = (method: string, path: string, query: Record<string, string | string[]> = {}, body = "") => ({ method, path, query, body });

test("routes by method and path under the catalogue, labels decoded (an ARN's %2F is a / again)", () => {
  assert.equal(matchRoute("GET", `/appbundles/${encodeURIComponent(ARN)}/ingestions/i`), {
    spec: matchRoute("GET", "/appbundles/a/ingestions/i")?.spec, labels: { appBundleIdentifier: ARN, ingestionIdentifier: "i" },
  });
  assert.is(matchRoute("GET", "/appbundles/a/ingestions/i")?.spec.name, "GetIngestion");
  assert.is(matchRoute("POST", "/appbundles/a/ingestions/i/start")?.spec.name, "StartIngestion");
  assert.is(matchRoute("DELETE", "/tags/x")?.spec.name, "UntagResource");
  assert.is(matchRoute("PUT", "/appbundles/a"), undefined);
  assert.is(matchRoute("GET", "/appbundles/a/unknown"), undefined);
  assert.is(matchRoute("GET", "/appbundles/%E0%A4%A"), undefined, "bad percent-encoding");
  assert.is(matchRoute("GET", "/appbundles/"), undefined, "an empty label");
});

test("reads labels, typed query members and body members into the SDK input form", () => {
  assert.equal(requestInput(request("GET", "/appbundles/a/ingestions/i/ingestiondestinations", { maxResults: "2", nextToken: "t" })),
    { operation: "ListIngestionDestinations", input: { maxResults: 2, nextToken: "t", appBundleIdentifier: "a", ingestionIdentifier: "i" } });
  assert.equal(requestInput(request("DELETE", "/tags/r", { tagKeys: "k" }))?.input, { tagKeys: ["k"], resourceArn: "r" });
  assert.equal(requestInput(request("DELETE", "/tags/r", { tagKeys: ["k", "l"] }))?.input, { tagKeys: ["k", "l"], resourceArn: "r" });
  assert.equal(requestInput(request("DELETE", "/tags/r", { tagKeys: [] }))?.input, { resourceArn: "r" }, "an empty list sends no key");
  assert.equal(requestInput(request("GET", "/appbundles", { maxResults: "ten", other: "x" }))?.input, { maxResults: "ten" }, "kept as sent; unbound keys ignored");
  assert.equal(requestInput(request("PATCH", "/appbundles/a/ingestions/i/ingestiondestinations/d", {}, '{"destinationConfiguration":{"auditLog":{}}}'))?.input,
    { destinationConfiguration: { auditLog: {} }, appBundleIdentifier: "a", ingestionIdentifier: "i", ingestionDestinationIdentifier: "d" });
});

test("a request it cannot read back is undefined", () => {
  assert.is(requestInput(request("GET", "/nowhere")), undefined);
  assert.is(requestInput(request("POST", "/appbundles", {}, "{not json")), undefined);
  assert.is(requestInput(request("POST", "/appbundles", {}, "[1]")), undefined);
});

test.run();
