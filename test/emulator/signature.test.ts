/** SigV4 verification: unsigned, wrongly signed, tampered, stale and ambiguous requests are AccessDeniedException (403). */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { startEmulator, type RunningEmulator } from "../../emulator/index.ts";
import { sendRaw, signHeaders, type RawRequest, type SignOptions } from "./rawHttp.ts";
import { expectError, expectSuccess } from "./wireCalls.ts";

const SECRET = "s3cr3t-Key/With+Chars";
const OTHER = { accessKeyId: "AKIDOTHER", secretAccessKey: "other-secret" };
const test = suite<{ emulator: RunningEmulator }>("emulator SigV4", { emulator: undefined as unknown as RunningEmulator });

test.before(async (ctx) => {
  ctx.emulator = await startEmulator({ region: "eu-west-1", credentials: [{ accessKeyId: "AKIDMAIN", secretAccessKey: SECRET }, OTHER] });
});

test.after(async (ctx) => {
  await ctx.emulator.close();
});

const LIST: RawRequest = { method: "GET", target: "/appbundles?maxResults=5" };
const CREATE: RawRequest = {
  method: "POST", target: "/appbundles", headers: { "content-type": "application/json" }, body: "{\"tags\":[]}",
};
const MAIN: SignOptions = { credentials: { accessKeyId: "AKIDMAIN", secretAccessKey: SECRET }, region: "eu-west-1" };

async function denied(ctx: { emulator: RunningEmulator }, req: RawRequest, message: RegExp): Promise<void> {
  const res = await sendRaw(ctx.emulator.url, req);
  const body = expectError(undefined, res, "AccessDeniedException");
  assert.match(String(body["message"]), message);
  assert.not.ok(res.body.includes(SECRET), "the secret is never echoed");
  const signature = /Signature=([0-9a-f]+)/.exec(req.headers?.["authorization"] ?? "")?.[1];
  if (signature !== undefined) assert.not.ok(res.body.includes(signature), "the signature is never echoed");
}

test("a correctly signed request passes, with either configured key, with or without a content hash header", async (ctx) => {
  const unhashed = await signHeaders(ctx.emulator.url, LIST, { ...MAIN, applyChecksum: false });
  expectSuccess("ListAppBundles", await sendRaw(ctx.emulator.url, { ...LIST, headers: unhashed }));
  expectSuccess("ListAppBundles", await sendRaw(ctx.emulator.url, { ...LIST, headers: await signHeaders(ctx.emulator.url, LIST, MAIN) }));
  const other = await signHeaders(ctx.emulator.url, CREATE, { credentials: OTHER, region: "eu-west-1" });
  const created = expectSuccess("CreateAppBundle", await sendRaw(ctx.emulator.url, { ...CREATE, headers: other }));
  assert.match(String((created["appBundle"] as Record<string, unknown>)["arn"]), /^arn:aws:appfabric:eu-west-1:123456789012:appbundle\//);
});

test("no Authorization header", async (ctx) => {
  await denied(ctx, LIST, /Missing Authentication Token/);
});

test("a wrong secret", async (ctx) => {
  const credentials = { accessKeyId: "AKIDMAIN", secretAccessKey: "wrong" };
  const headers = await signHeaders(ctx.emulator.url, LIST, { ...MAIN, credentials });
  await denied(ctx, { ...LIST, headers }, /signature does not match/);
});

test("an unknown access key id, another Region or service in the scope, a malformed header", async (ctx) => {
  const unknown = await signHeaders(ctx.emulator.url, LIST, { ...MAIN, credentials: { accessKeyId: "NOPE", secretAccessKey: SECRET } });
  await denied(ctx, { ...LIST, headers: unknown }, /access key id NOPE is not known/);
  const region = await signHeaders(ctx.emulator.url, LIST, { ...MAIN, region: "us-east-1" });
  await denied(ctx, { ...LIST, headers: region }, /credential scope must be .*eu-west-1\/appfabric/);
  const headers = await signHeaders(ctx.emulator.url, LIST, MAIN);
  const service = { ...headers, authorization: String(headers["authorization"]).replace("/appfabric/", "/s3/") };
  await denied(ctx, { ...LIST, headers: service }, /credential scope/);
  await denied(ctx, { ...LIST, headers: { ...headers, authorization: "Bearer abc" } }, /not a well-formed AWS4-HMAC-SHA256/);
});

test("a tampered body, query or signed header", async (ctx) => {
  const headers = await signHeaders(ctx.emulator.url, CREATE, MAIN);
  await denied(ctx, { ...CREATE, headers, body: "{\"tags\":[{}]}" }, /x-amz-content-sha256 header does not match the request body/);
  const withoutHash = await signHeaders(ctx.emulator.url, CREATE, { ...MAIN, applyChecksum: false });
  assert.is(withoutHash["x-amz-content-sha256"], undefined);
  await denied(ctx, { ...CREATE, headers: withoutHash, body: "{\"tags\":[{}]}" }, /signature does not match/);
  await denied(ctx, { ...CREATE, headers: withoutHash, body: "{\"tags\": []}" }, /signature does not match/);
  const list = await signHeaders(ctx.emulator.url, LIST, MAIN);
  await denied(ctx, { method: "GET", target: "/appbundles?maxResults=6", headers: list }, /signature does not match/);
  await denied(ctx, { ...LIST, headers: { ...list, "x-amz-content-sha256": "0".repeat(64) } }, /x-amz-content-sha256/);
});

test("a date more than 15 minutes off, either way, or none", async (ctx) => {
  for (const offset of [-16, 16]) {
    const signingDate = new Date(Date.now() + offset * 60_000);
    await denied(ctx, { ...LIST, headers: await signHeaders(ctx.emulator.url, LIST, { ...MAIN, signingDate }) }, /Signature expired/);
  }
  const recent = new Date(Date.now() - 10 * 60_000);
  const recentHeaders = await signHeaders(ctx.emulator.url, LIST, { ...MAIN, signingDate: recent });
  expectSuccess("ListAppBundles", await sendRaw(ctx.emulator.url, { ...LIST, headers: recentHeaders }));
  const { "x-amz-date": _date, ...undated } = await signHeaders(ctx.emulator.url, LIST, MAIN);
  await denied(ctx, { ...LIST, headers: undated }, /x-amz-date header is missing/);
});

test("a session token passes when signed, and is refused when added after signing", async (ctx) => {
  const credentials = { accessKeyId: "AKIDMAIN", secretAccessKey: SECRET, sessionToken: "session-token/value" };
  const signed = await signHeaders(ctx.emulator.url, LIST, { ...MAIN, credentials });
  assert.match(signed["authorization"] ?? "", /SignedHeaders=[^,]*x-amz-security-token/);
  expectSuccess("ListAppBundles", await sendRaw(ctx.emulator.url, { ...LIST, headers: signed }));
  const unsigned = { ...await signHeaders(ctx.emulator.url, LIST, MAIN), "x-amz-security-token": "session-token/value" };
  await denied(ctx, { ...LIST, headers: unsigned }, /x-amz-security-token header is not among the signed headers/);
});

test("an Authorization header that gives Signature twice, even when one of them is right", async (ctx) => {
  const headers = await signHeaders(ctx.emulator.url, LIST, MAIN);
  const authorization = String(headers["authorization"]).replace("Signature=", `Signature=${"0".repeat(64)}, Signature=`);
  await denied(ctx, { ...LIST, headers: { ...headers, authorization } }, /gives Signature more than once/);
});

test("SignedHeaders that list a header twice, though the signature over each header once is right", async (ctx) => {
  const headers = await signHeaders(ctx.emulator.url, LIST, MAIN);
  const authorization = String(headers["authorization"]).replace("SignedHeaders=host;", "SignedHeaders=host;host;");
  assert.match(authorization, /SignedHeaders=host;host;x-amz-content-sha256;x-amz-date,/);
  await denied(ctx, { ...LIST, headers: { ...headers, authorization } }, /SignedHeaders lists host more than once/);
});

test("verifySignatures: false accepts unsigned requests", async () => {
  const open = await startEmulator({ verifySignatures: false });
  try {
    expectSuccess("ListAppBundles", await sendRaw(open.url, LIST));
  } finally {
    await open.close();
  }
});

test.run();
