/** The small pipeline steps on their own: routing, URL decoding, query binding, rendering, clock and PRNG. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { OPERATIONS, type OperationSpec } from "../../contracts/operationCatalogue.ts";
import { decodeUrl } from "../../emulator/decodeUrl.ts";
import { monotonicClock } from "../../emulator/monotonicClock.ts";
import { parseAuthorization } from "../../emulator/parseAuthorization.ts";
import { parseQuery } from "../../emulator/parseQuery.ts";
import { renderError, renderOutcome } from "../../emulator/renderReply.ts";
import { createRouter } from "../../emulator/router.ts";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { seededRandom } from "../../emulator/seededRandom.ts";

const route = createRouter(Object.values(OPERATIONS));

test("every catalogue template routes to its operation, labels decoded once", () => {
  for (const spec of Object.values(OPERATIONS)) {
    const segments = spec.uri.slice(1).split("/").map((part) => (part.startsWith("{") ? `x/${part.slice(1, -1)}%41` : part));
    const match = route(spec.method, segments);
    assert.is(match?.spec.name, spec.name);
    for (const [label, value] of Object.entries(match?.labels ?? {})) assert.is(value, `x/${label}%41`);
  }
  assert.is(route("GET", ["appbundles", "b", "ingestions", "i", "start"]), undefined);
  assert.is(route("POST", ["appbundles", "b", "ingestions", "i", "start"])?.spec.name, "StartIngestion");
  assert.is(route("POST", ["appbundles", "b", "ingestions", "i", "ingestiondestinations"])?.spec.name, "CreateIngestionDestination");
});

test("a literal segment wins over a label in the same position", () => {
  const label: OperationSpec = { ...OPERATIONS.GetAppBundle, uri: "/things/{appBundleIdentifier}" };
  const literal: OperationSpec = { ...OPERATIONS.ListAppBundles, method: "GET", uri: "/things/all" };
  const both = createRouter([label, literal]);
  assert.is(both("GET", ["things", "all"])?.spec.name, "ListAppBundles");
  assert.is(both("GET", ["things", "other"])?.spec.name, "GetAppBundle");
});

test("decodeUrl splits path and query and decodes each part once", () => {
  const decoded = decodeUrl("/tags/arn%3Aaws%2Fx%252F?tagKeys=a%20b&tagKeys=c+d&flag&maxResults=5");
  assert.ok(decoded.ok);
  if (!decoded.ok) return;
  assert.is(decoded.url.rawPath, "/tags/arn%3Aaws%2Fx%252F");
  assert.equal(decoded.url.segments, ["tags", "arn:aws/x%2F"]);
  assert.equal([...decoded.url.query], [["tagKeys", ["a b", "c+d"]], ["flag", [""]], ["maxResults", ["5"]]]);
  assert.not.ok(decodeUrl("/a%G0").ok);
  assert.not.ok(decodeUrl("/a?b=%").ok);
  assert.not.ok(decodeUrl("http://host/a").ok);
});

test("parseQuery binds the operation's members: integers, lists, strings; other keys are ignored", () => {
  const query = new Map([["maxResults", ["7"]], ["nextToken", ["t"]], ["other", ["x"]]]);
  assert.equal(parseQuery(OPERATIONS.ListAppBundles, query), { maxResults: 7, nextToken: "t" });
  assert.equal(parseQuery(OPERATIONS.ListAppBundles, new Map([["maxResults", ["seven"]]])), { maxResults: "seven" });
  assert.equal(parseQuery(OPERATIONS.UntagResource, new Map([["tagKeys", ["only"]]])), { tagKeys: ["only"] });
  assert.equal(parseQuery(OPERATIONS.GetAppBundle, query), {});
});

test("renderOutcome: documented status, JSON with RFC 3339 dates, empty 204; errors keep header members out of the body", () => {
  const date = new Date(Date.UTC(2024, 4, 19, 1, 2, 3));
  const ok = renderOutcome(OPERATIONS.GetIngestion, { ok: true, output: { ingestion: { createdAt: date } }, basis: [] });
  assert.equal(ok, { status: 200, headers: { "content-type": "application/json" },
    body: "{\"ingestion\":{\"createdAt\":\"2024-05-19T01:02:03.000Z\"}}" });
  assert.equal(renderOutcome(OPERATIONS.DeleteIngestion, { ok: true, output: {}, basis: [] }), { status: 204, headers: {}, body: "" });
  const throttled = renderError({ name: "ThrottlingException", members: { message: "slow", retryAfterSeconds: 3, extra: 1 } });
  assert.equal(throttled, {
    status: 429, headers: { "content-type": "application/json", "X-Amzn-Errortype": "ThrottlingException", "retry-after": "3" },
    body: "{\"message\":\"slow\"}",
  });
  assert.is(renderError({ name: "MadeUpException", members: {} }).status, 500);
});

test("parseAuthorization reads the SigV4 header and refuses anything else, a field or signed header given twice by name", () => {
  const header = "AWS4-HMAC-SHA256 Credential=AKID/20240519/us-east-1/appfabric/aws4_request, "
    + `SignedHeaders=host;x-amz-date, Signature=${"a".repeat(64)}`;
  assert.equal(parseAuthorization(header), { ok: true, auth: { accessKeyId: "AKID", date: "20240519", region: "us-east-1", service: "appfabric",
    signedHeaders: ["host", "x-amz-date"], signature: "a".repeat(64) } });
  const malformed = { ok: false, reason: "The Authorization header is not a well-formed AWS4-HMAC-SHA256 authorization" };
  assert.equal(parseAuthorization(header.replace("Signature=", "Sig=")), malformed);
  assert.equal(parseAuthorization(header.replace("AWS4-HMAC-SHA256", "AWS4-ECDSA-P256-SHA256")), malformed);
  assert.equal(parseAuthorization(`${header}, Extra=1`), malformed);
  assert.equal(parseAuthorization(`${header}, Signature=${"b".repeat(64)}`),
    { ok: false, reason: "The Authorization header gives Signature more than once" });
  assert.equal(parseAuthorization(header.replace(", SignedHeaders", ", Credential=AKID/20240519/us-east-1/appfabric/aws4_request, SignedHeaders")),
    { ok: false, reason: "The Authorization header gives Credential more than once" });
  assert.equal(parseAuthorization(header.replace("host;x-amz-date", "host;x-amz-date;host")),
    { ok: false, reason: "SignedHeaders lists host more than once" });
});

test("monotonicClock never goes backwards", () => {
  const times = [1000, 2000, 500, 2500];
  const clock = monotonicClock(() => times.shift() ?? 0);
  assert.equal([clock(), clock(), clock(), clock()].map((d) => d.getTime()), [1000, 2000, 2000, 2500]);
});

test("seededRandom: pure-rand's stream, repeated for a seed, in [0, 1)", () => {
  const a = seededRandom(5), b = seededRandom(5), c = seededRandom(6);
  const first = Array.from({ length: 100 }, a);
  assert.equal(Array.from({ length: 100 }, b), first);
  assert.not.equal(Array.from({ length: 100 }, c), first);
  assert.ok(first.every((x) => x >= 0 && x < 1));
  const rng = xoroshiro128plus(5);
  assert.equal(first, Array.from({ length: 100 }, () => uniformFloat64(rng)), "pure-rand's xoroshiro128+ stream, not a hand-written one");
});

test.run();
