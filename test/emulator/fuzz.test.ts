/** Malformed-request fuzz: thousands of random requests; the server answers every one with a documented reply. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { ERRORS, isErrorName } from "../../contracts/errorCatalogue.ts";
import { OPERATION_NAMES, OPERATIONS } from "../../contracts/operationCatalogue.ts";
import { DEFAULT_MAX_BODY_BYTES, startEmulator, type RunningEmulator } from "../../emulator/index.ts";
import { keepAliveAgent, sendRaw, sendSigned, signHeaders, type RawRequest, type RawResponse } from "./rawHttp.ts";
import { callOperation, errorBodyViolations, expectSuccess, UUID } from "./wireCalls.ts";

const test = suite("emulator fuzz");
const RUNS = 2500;
const HUGE = Buffer.alloc(DEFAULT_MAX_BODY_BYTES + 4096, 0x61);

/** Printable ASCII a path may hold raw, minus the characters that end a path segment. */
const PATH_CHAR = fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c))
  .filter((c) => c !== "?" && c !== "#" && c !== "/");
const JUNK = fc.string({ unit: PATH_CHAR, maxLength: 12 });
/** Node's client sends 0x80-0xff raw, and Node's server parser rejects them before any handler (the clientError path). */
const LATIN1 = fc.string({ unit: fc.integer({ min: 0xa0, max: 0xff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 3 });
const BAD_ENCODING = fc.constantFrom("%", "%z", "%zz", "%e2%82", "%c0%af", "%FF", "a%2", "%%41");
const ENCODED_TEXT = fc.string({ unit: "grapheme", maxLength: 8 }).map(encodeURIComponent);
const LITERAL = fc.constantFrom("appbundles", "ingestions", "ingestiondestinations", "tags", "start", "stop", "");

function requestArbitrary(ids: readonly string[]): fc.Arbitrary<{ request: RawRequest; signed: boolean }> {
  const segment = fc.oneof(
    { weight: 5, arbitrary: LITERAL },
    { weight: 4, arbitrary: fc.constantFrom(...ids) },
    { weight: 3, arbitrary: JUNK },
    { weight: 2, arbitrary: ENCODED_TEXT },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: BAD_ENCODING },
  );
  const randomPath = fc.tuple(fc.array(segment, { minLength: 1, maxLength: 7 }), fc.boolean())
    .map(([segments, trailing]) => `/${segments.join("/")}${trailing ? "/" : ""}`);
  const oddPath = fc.tuple(randomPath, LATIN1).map(([p, text]) => `${p}${text}`);
  // Catalogue-shaped paths with real or random labels, so that many requests reach the model.
  const cataloguePath = fc.tuple(fc.constantFrom(...OPERATION_NAMES), fc.array(segment, { minLength: 3, maxLength: 3 }), fc.boolean())
    .map(([op, labels, real]) => ({
      op, path: OPERATIONS[op].uri.replace(/\{\w+\}/g, () => (real ? labels.shift() : undefined) ?? ids[0] ?? ""),
    }));
  const method = fc.constantFrom("GET", "POST", "PATCH", "DELETE", "PUT", "OPTIONS");
  const route = fc.oneof(
    { weight: 6, arbitrary: fc.record({ method, path: randomPath }) },
    { weight: 1, arbitrary: fc.record({ method, path: oddPath }) },
    { weight: 8, arbitrary: fc.tuple(cataloguePath, fc.option(method, { freq: 4 }))
      .map(([{ op, path }, other]) => ({ method: other ?? OPERATIONS[op].method, path })) },
  );
  const queryValue = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom("1", "0", "100", "101", "-1", "1.5", "1e2", "abc", "") },
    { weight: 2, arbitrary: ENCODED_TEXT },
    { weight: 1, arbitrary: JUNK },
    { weight: 1, arbitrary: BAD_ENCODING },
  );
  const queryKey = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom("maxResults", "nextToken", "tagKeys") },
    { weight: 1, arbitrary: JUNK },
    { weight: 1, arbitrary: BAD_ENCODING },
  );
  const pair = fc.tuple(queryKey, fc.option(queryValue))
    .map(([key, value]) => (value === null ? key : `${key}=${value}`));
  const query = fc.option(fc.array(pair, { minLength: 1, maxLength: 3 }), { freq: 2 })
    .map((pairs) => (pairs === null ? "" : `?${pairs.join("&")}`));
  const memberName = fc.oneof(fc.constantFrom("tags", "clientToken", "app", "tenantId", "ingestionType", "processingConfiguration",
    "destinationConfiguration", "customerManagedKeyIdentifier", "appBundleIdentifier", "maxResults", "__proto__"), fc.string());
  const body = fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: fc.dictionary(memberName, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }).map((o) => JSON.stringify(o)) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes)) },
    { weight: 1, arbitrary: fc.constant(HUGE) },
  );
  const contentType = fc.option(fc.constantFrom("application/json", "application/json; charset=utf-8", "APPLICATION/JSON",
    "text/plain", "application/x-amz-json-1.1", "multipart/form-data; boundary=x"));
  return fc.record({ route, query, body, contentType, unsigned: fc.integer({ min: 0, max: 9 }) })
    .map(({ route: { method: m, path: p }, query: q, body: b, contentType: t, unsigned }) => ({
      request: {
        method: m, target: `${p}${q}`, headers: t === null ? {} : { "content-type": t } as Record<string, string>,
        ...(b === undefined ? {} : { body: b }),
      },
      signed: unsigned !== 0,
    }));
}

interface Tally {
  statuses: Map<number, number>;
  reasons: Set<string>;
  errorTypes: Set<string>;
}

/** Every reply is a success or a documented error: status from the catalogue, X-Amzn-Errortype, a contract-valid body. */
function checkReply(res: RawResponse, tally: Tally): void {
  tally.statuses.set(res.status, (tally.statuses.get(res.status) ?? 0) + 1);
  assert.match(String(res.headers["x-amzn-requestid"]), UUID);
  if (res.status >= 200 && res.status < 300) {
    assert.ok([200, 201, 204].includes(res.status), `success status ${res.status}`);
    if (res.status === 204) assert.is(res.body, "");
    else assert.type(JSON.parse(res.body), "object");
    return;
  }
  const name = String(res.headers["x-amzn-errortype"]);
  assert.ok(isErrorName(name), `undocumented error type ${name} (status ${res.status}): ${res.body}`);
  if (!isErrorName(name)) return;
  tally.errorTypes.add(name);
  assert.is(res.status, ERRORS[name].status, `${name} with status ${res.status}`);
  assert.is(res.headers["content-type"], "application/json");
  const body: unknown = JSON.parse(res.body);
  assert.equal(errorBodyViolations(name, body), [], `${name} body ${res.body}`);
  if (name === "ValidationException") tally.reasons.add(String((body as Record<string, unknown>)["reason"]));
  if (ERRORS[name].headerMembers["retryAfterSeconds"] !== undefined) assert.match(String(res.headers["retry-after"]), /^\d+$/);
}

test("random requests never crash the server and always get a documented reply", async () => {
  const emulator: RunningEmulator = await startEmulator();
  const agent = keepAliveAgent();
  try {
    const bundle = expectSuccess("CreateAppBundle", await callOperation(emulator.url, "CreateAppBundle", { body: {} }));
    const bundleArn = String((bundle["appBundle"] as Record<string, unknown>)["arn"]);
    const ingestion = expectSuccess("CreateIngestion", await callOperation(emulator.url, "CreateIngestion",
      { labels: { appBundleIdentifier: bundleArn }, body: { app: "OKTA", tenantId: "t", ingestionType: "auditLog" } }));
    const ingestionArn = String((ingestion["ingestion"] as Record<string, unknown>)["arn"]);
    const ids = [bundleArn, ingestionArn]
      .flatMap((arn) => [encodeURIComponent(arn), arn.replaceAll("/", "%2F"), arn.slice(arn.lastIndexOf("/") + 1)]);
    const tally: Tally = { statuses: new Map(), reasons: new Set(), errorTypes: new Set() };
    await fc.assert(fc.asyncProperty(requestArbitrary(ids), async ({ request, signed }) => {
      const res = signed ? await sendSigned(emulator.url, request, undefined, agent) : await sendRaw(emulator.url, request, agent);
      checkReply(res, tally);
      // The SDK's signer and the emulator's check agree on every path and query the fuzz produces.
      if (signed) {
        assert.is.not(res.headers["x-amzn-errortype"], "AccessDeniedException", `${request.method} ${request.target}: ${res.body}`);
      }
    }), { numRuns: RUNS, seed: 20240519 });
    assert.ok((tally.statuses.get(200) ?? 0) > 0, "some random requests succeed");
    assert.equal([...tally.reasons].sort(), ["cannotParse", "fieldValidationFailed", "other", "unknownOperation"]);
    assert.ok(tally.errorTypes.has("AccessDeniedException") && tally.errorTypes.has("ResourceNotFoundException"));
    const headers = await signHeaders(emulator.url, { method: "GET", target: "/appbundles" });
    expectSuccess("ListAppBundles", await sendRaw(emulator.url, { method: "GET", target: "/appbundles", headers }));
  } finally {
    agent.destroy();
    await emulator.close();
  }
});

test.run();
