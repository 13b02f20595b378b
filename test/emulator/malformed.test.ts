/** Malformed input, one case each: a documented error with a clear message, and the server keeps answering. */
import { randomUUID } from "node:crypto";
import { connect } from "node:net";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createModelHandle, startEmulator, type RunningEmulator } from "../../emulator/index.ts";
import { sendRaw, sendSigned, type RawRequest } from "./rawHttp.ts";
import { callOperation, expectError, expectSuccess } from "./wireCalls.ts";

const test = suite<{ emulator: RunningEmulator }>("emulator malformed input", { emulator: undefined as unknown as RunningEmulator });

test.before(async (ctx) => {
  ctx.emulator = await startEmulator();
});

test.after(async (ctx) => {
  await ctx.emulator.close();
});

const json = { "content-type": "application/json" };
const signed = (ctx: { emulator: RunningEmulator }, req: RawRequest) => sendSigned(ctx.emulator.url, req);

async function validation(res: Promise<Awaited<ReturnType<typeof sendRaw>>>, reason: string, message: RegExp) {
  const body = expectError(undefined, await res, "ValidationException");
  assert.is(body["reason"], reason);
  assert.match(String(body["message"]), message);
  return body;
}

test("bad JSON, a JSON array and invalid UTF-8 are cannotParse", async (ctx) => {
  const post = (body: string): RawRequest => ({ method: "POST", target: "/appbundles", headers: json, body });
  await validation(signed(ctx, post("{\"tags\": [")), "cannotParse", /not valid UTF-8 JSON/);
  await validation(signed(ctx, post("[]")), "cannotParse", /must be a JSON object/);
  await validation(signed(ctx, { method: "POST", target: "/appbundles", headers: json, body: Buffer.from([0x7b, 0xff, 0x7d]) }),
    "cannotParse", /UTF-8/);
});

test("a body with a wrong or missing content type is rejected; no body needs none", async (ctx) => {
  await validation(signed(ctx, { method: "POST", target: "/appbundles", headers: { "content-type": "text/plain" }, body: "{}" }),
    "cannotParse", /content-type application\/json, not "text\/plain"/);
  await validation(signed(ctx, { method: "POST", target: "/appbundles", body: "{}" }), "cannotParse", /\(none\)/);
  expectSuccess("ListAppBundles", await signed(ctx, { method: "GET", target: "/appbundles", headers: { "content-type": "text/plain" } }));
  const withCharset = { "content-type": "application/json; charset=utf-8" };
  expectSuccess("CreateAppBundle", await signed(ctx, { method: "POST", target: "/appbundles", headers: withCharset, body: "{}" }));
});

test("an oversized body (declared or streamed) gets ValidationException and the connection closes", async (ctx) => {
  const huge = Buffer.alloc(1024 * 1024 + 1, 0x20);
  const declared = await sendRaw(ctx.emulator.url, { method: "POST", target: "/appbundles", headers: json, body: huge });
  await validation(Promise.resolve(declared), "other", /exceeds the limit of 1048576 bytes/);
  assert.is(declared.headers.connection, "close");
  const streamed = await sendRaw(ctx.emulator.url, {
    method: "POST", target: "/appbundles", headers: { ...json, "transfer-encoding": "chunked" }, body: huge,
  });
  await validation(Promise.resolve(streamed), "other", /exceeds the limit/);
  expectSuccess("ListAppBundles", await callOperation(ctx.emulator.url, "ListAppBundles"));
});

test("unknown routes and methods are unknownOperation (400)", async (ctx) => {
  await validation(signed(ctx, { method: "GET", target: "/nothing/here" }), "unknownOperation",
    /No AppFabric operation is bound to GET \/nothing\/here/);
  await validation(signed(ctx, { method: "PUT", target: "/appbundles" }), "unknownOperation", /PUT \/appbundles/);
  await validation(signed(ctx, { method: "POST", target: "/appbundles/x/ingestions/y/restart" }), "unknownOperation", /restart/);
  await validation(signed(ctx, { method: "GET", target: "/" }), "unknownOperation", /GET \//);
});

test("invalid percent-encoding in a label or the query is cannotParse", async (ctx) => {
  await validation(signed(ctx, { method: "GET", target: "/appbundles/arn%3Aaws%ZZ" }), "cannotParse", /path is not valid percent-encoding/);
  await validation(signed(ctx, { method: "GET", target: "/appbundles?nextToken=%E2%82" }), "cannotParse", /query string/);
});

test("query values the model's validator rejects: non-integer, out of range, repeated", async (ctx) => {
  for (const query of ["maxResults=1.5", "maxResults=0", "maxResults=1&maxResults=2", "nextToken=a&nextToken=b"]) {
    const body = await validation(signed(ctx, { method: "GET", target: `/appbundles?${query}` }), "fieldValidationFailed",
      /validation error/);
    assert.equal((body["fieldList"] as { name: string }[]).map((f) => f.name), [query.slice(0, query.indexOf("="))], query);
  }
  expectSuccess("ListAppBundles", await signed(ctx, { method: "GET", target: "/appbundles?maxResults=100&unrelated=1" }));
});

test("a body member bound to a label is rejected, an unmodeled one reaches the validator", async (ctx) => {
  const misplaced = await validation(signed(ctx, { method: "POST", target: "/appbundles/b/ingestions", headers: json,
    body: JSON.stringify({ appBundleIdentifier: "x", app: "a", tenantId: "t", ingestionType: "auditLog" }) }),
  "fieldValidationFailed", /appBundleIdentifier must not appear in the request body/);
  assert.equal((misplaced["fieldList"] as { name: string }[]).map((f) => f.name), ["appBundleIdentifier"]);
  const unknown = await validation(signed(ctx, { method: "POST", target: `/appbundles/${randomUUID()}/ingestions`, headers: json,
    body: JSON.stringify({ app: "a", tenantId: "t", ingestionType: "auditLog", colour: "red" }) }), "fieldValidationFailed", /colour/);
  assert.equal((unknown["fieldList"] as { name: string }[]).map((f) => f.name), ["colour"]);
});

test("a body member named __proto__ is an unmodeled member like any other", async (ctx) => {
  const body = await validation(signed(ctx, { method: "POST", target: "/appbundles", headers: json, body: "{\"__proto__\": {}}" }),
    "fieldValidationFailed", /__proto__/);
  assert.equal((body["fieldList"] as { name: string }[]).map((f) => f.name), ["__proto__"]);
});

test("HTTP Node cannot parse gets a documented ValidationException too", async (ctx) => {
  const { port } = ctx.emulator;
  const raw = await new Promise<string>((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write("NOT-HTTP \u0001\r\n\r\n"));
    let text = "";
    socket.on("data", (chunk) => { text += chunk.toString("latin1"); });
    socket.on("end", () => resolve(text));
    socket.on("error", reject);
  });
  assert.match(raw, /^HTTP\/1\.1 400 /);
  assert.match(raw, /X-Amzn-Errortype: ValidationException/i);
  assert.match(raw, /"reason":"cannotParse"/);
  expectSuccess("ListAppBundles", await callOperation(ctx.emulator.url, "ListAppBundles"));
});

test("a handler that throws for one input is logged with the operation and stack, and answered 500 naming it, every time", async () => {
  const logged: string[] = [];
  const model = createModelHandle();
  const emulator = await startEmulator({
    log: (line) => logged.push(line),
    handle: (operation, input) => {
      if (JSON.stringify(input).includes("explode")) throw new TypeError("boom in the handler");
      return model(operation, input);
    },
  });
  try {
    for (let attempt = 1; attempt <= 3; attempt++) {
      const res = await callOperation(emulator.url, "CreateAppBundle", { body: { tags: [{ key: "explode", value: "v" }] } });
      const body = expectError("CreateAppBundle", res, "InternalServerException");
      assert.is(res.headers["retry-after"], "0");
      assert.match(String(body["message"]), /CreateAppBundle: TypeError: boom in the handler/);
      assert.is(logged.length, attempt);
    }
    assert.match(logged[0] ?? "", /^emulator: handling CreateAppBundle threw TypeError: boom in the handler\n\s+at /);
    expectSuccess("CreateAppBundle", await callOperation(emulator.url, "CreateAppBundle", { body: {} }));
    assert.is(logged.length, 3, "another input is answered as usual, and nothing more is logged");
  } finally {
    await emulator.close();
  }
});

test("a rendering failure is logged with the request and answered 500 naming the exception", async () => {
  const logged: string[] = [];
  const emulator = await startEmulator({ log: (line) => logged.push(line), handle: () => ({ ok: true, output: { big: 1n }, basis: [] }) });
  try {
    const res = await callOperation(emulator.url, "ListAppBundles");
    const body = expectError("ListAppBundles", res, "InternalServerException");
    assert.is(res.headers["retry-after"], "0");
    assert.match(String(body["message"]), /TypeError: .*BigInt/);
    assert.match(logged.join("\n"), /^emulator: answering GET \/appbundles threw TypeError: .*BigInt/);
  } finally {
    await emulator.close();
  }
});

test.run();
