/** What the gate compares on one call, and what it leaves out (signatures, dates, auto-filled tokens, ids). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { compareCall } from "../../gate/compareCall.ts";
import { fingerprintOf } from "../../gate/Difference.ts";
import { AUTO_FILLED, normalizeRequest } from "../../gate/normalizeRequest.ts";
import type { Exchange, Outcome } from "../../targets/outcome.ts";

const CREATE = "CreateIngestionDestination" as const;
const INPUT = { appBundleIdentifier: "b", ingestionIdentifier: "i", processingConfiguration: { auditLog: { schema: "raw", format: "json" } },
  destinationConfiguration: { auditLog: { destination: { firehoseStream: { streamName: "stream" } } } } };

function request(body: object, headers: Record<string, string> = {}): Exchange["request"] {
  return { method: "POST", path: "/appbundles/b/ingestions/i/ingestiondestinations", query: {}, body: JSON.stringify(body),
    headers: { "content-type": "application/json", "content-length": "99", host: "127.0.0.1:1", "x-amz-date": "20260101T000000Z",
      authorization: "[REDACTED]", "user-agent": "aws-sdk-js/3", "x-amz-user-agent": "aws-sdk-js/3", "amz-sdk-invocation-id": "x", "amz-sdk-request": "attempt=1; max=3", ...headers } };
}

function outcome(req: Exchange["request"], result: { output?: Record<string, unknown> } = {}): Outcome {
  const trace = { operation: CREATE, exchanges: [{ request: req, durationMs: 1 }], attempts: 1, durationMs: 1 };
  return { ok: true, output: result.output ?? {}, trace };
}

test("volatile headers and an auto-filled clientToken do not count; a given clientToken does", () => {
  const a = normalizeRequest(CREATE, INPUT, request({ ...INPUT, clientToken: "0b8d2a4e-3f9c-4e1a-9d2b-5c6e7f8a9b0c" }, { host: "127.0.0.1:2", "amz-sdk-invocation-id": "y" }));
  const b = normalizeRequest(CREATE, INPUT, request({ ...INPUT, clientToken: "9f8e7d6c-5b4a-4321-8fed-cba987654321" }));
  assert.equal(a, b);
  assert.is((a.body as { clientToken: string }).clientToken, AUTO_FILLED);
  assert.equal(Object.keys(a.headers as object), ["content-type"]);
  const given = { ...INPUT, clientToken: "0b8d2a4e-3f9c-4e1a-9d2b-5c6e7f8a9b0c" };
  assert.is((normalizeRequest(CREATE, given, request(given)).body as { clientToken: string }).clientToken, given.clientToken);
  // Something other than a UUID in the token's place is not an auto-filled token.
  assert.is((normalizeRequest(CREATE, INPUT, request({ ...INPUT, clientToken: "token-1" })).body as { clientToken: string }).clientToken, "token-1");
});

test("a request difference is reported where it is; the answers to different requests are not compared", () => {
  const base = outcome(request(INPUT), { output: { n: 1 } });
  const other = { ...INPUT, tags: [{ key: "k", value: "v" }] };
  const differences = compareCall(CREATE, INPUT, base, outcome(request(other), { output: { n: 2 } }));
  assert.equal(differences.map((d) => [d.aspect, d.path, d.baseline, d.candidate]), [["request", "body.tags", undefined, [{ key: "k", value: "v" }]]]);
  assert.is(differences[0]?.fingerprint, fingerprintOf(CREATE, "request", "body.tags"));
  const header = compareCall(CREATE, INPUT, base, outcome(request(INPUT, { "content-type": "application/x-amz-json-1.1" })));
  assert.equal(header.map((d) => d.path), ["headers.content-type"]);
});

test("outcomes: a Date and its ISO string differ; $metadata does not count; error class and members do", () => {
  const req = request(INPUT);
  const at = new Date("2026-01-01T00:00:01.000Z");
  const asDate = outcome(req, { output: { d: { createdAt: at } } });
  const asText = outcome(req, { output: { d: { createdAt: at.toISOString() } } });
  assert.equal(compareCall(CREATE, INPUT, asDate, asText).map((d) => d.path), ["output.d.createdAt"]);
  assert.equal(compareCall(CREATE, INPUT, asDate, outcome(req, { output: { d: { createdAt: new Date(at) } } })), []);
  const trace = asDate.trace;
  const failed = (name: string, members: Record<string, unknown>): Outcome => ({ ok: false, trace, error: { kind: "service", name, message: "m", status: 409, fault: "client", members } });
  assert.equal(compareCall(CREATE, INPUT, failed("ConflictException", { message: "m" }), failed("ConflictException", { message: "m" })), []);
  assert.equal(compareCall(CREATE, INPUT, failed("ConflictException", { message: "m" }), failed("ValidationException", { message: "m" })).map((d) => d.path), ["error.name"]);
  assert.equal(compareCall(CREATE, INPUT, failed("ConflictException", { message: "m", resourceId: "a" }), failed("ConflictException", { message: "m" })).map((d) => d.path), ["error.members.resourceId"]);
});

test("fingerprints fold list positions, so one bug is one difference", () => {
  assert.is(fingerprintOf(CREATE, "request", "body.tags.0.key"), fingerprintOf(CREATE, "request", "body.tags.17.key"));
  assert.is.not(fingerprintOf(CREATE, "request", "body.tags.0.key"), fingerprintOf(CREATE, "request", "body.tags.0.value"));
});

test.run();
