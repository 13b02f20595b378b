/**
 * The emulator under abuse, one probe each, beside the random fuzz: every request gets a documented answer the
 * client can actually read, in bounded time and size, or, where HTTP allows none, a closed connection.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { MAX_FIELD_LIST } from "../../emulator/capFieldList.ts";
import { createModelHandle, startEmulator, type EmulatorOptions, type RunningEmulator } from "../../emulator/index.ts";
import { MAX_BODY_VALUES } from "../../emulator/parseBody.ts";
import { exchange, firstAnswer } from "./rawSocket.ts";
import { errorBodyViolations } from "./wireCalls.ts";

const test = suite("emulator edges");

async function withEmulator(options: EmulatorOptions, body: (emulator: RunningEmulator) => Promise<void>): Promise<void> {
  const emulator = await startEmulator({ verifySignatures: false, ...options });
  try {
    await body(emulator);
  } finally {
    await emulator.close();
  }
}

/** A ValidationException in the documented form (status, X-Amzn-Errortype, a body the contract accepts, a request id), its body returned. */
function validationException(text: string): Record<string, unknown> {
  const answer = firstAnswer(text);
  assert.is(answer.status, 400, text.slice(0, 300));
  assert.is(answer.headers["x-amzn-errortype"], "ValidationException");
  assert.is(answer.headers["content-type"], "application/json");
  assert.ok(answer.headers["x-amzn-requestid"]);
  assert.equal(errorBodyViolations("ValidationException", answer.body), []);
  return answer.body as Record<string, unknown>;
}

const post = (headers: string) => `POST /appbundles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${headers}\r\n`;
const TEN_MB = 10 * 1024 * 1024;
/** A 10 MB body in 64 KiB pieces, as an uploading client writes it. */
const tenMegabytes = Array.from({ length: TEN_MB / 65536 }, () => Buffer.alloc(65536, 0x61));

test("an oversize body, declared or chunked, is read to its end and answered: a client that reads only after sending gets the 400", async () => {
  await withEmulator({}, async ({ port }) => {
    const declared = await exchange(port, { send: [post(`Content-Length: ${TEN_MB}\r\n`), ...tenMegabytes], readAfterSending: true });
    assert.is(declared.ending, "closed");
    assert.match(String(validationException(declared.text)["message"]), /exceeds the limit of 1048576 bytes/);
    const chunks = tenMegabytes.map((piece) => Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from("\r\n")]));
    const chunked = await exchange(port, { send: [post("Transfer-Encoding: chunked\r\n"), ...chunks, "0\r\n\r\n"], readAfterSending: true });
    assert.is(chunked.ending, "closed");
    assert.match(String(validationException(chunked.text)["message"]), /exceeds the limit/);
  });
});

test("a body declared beyond the discard cap is answered at once, unread; Expect: 100-continue gets the 400 instead of an invitation", async () => {
  await withEmulator({ maxDiscardBytes: 2 * 1024 * 1024 }, async ({ port }) => {
    // Only the headers are sent: the answer cannot wait for a body.
    const unread = await exchange(port, { send: [post(`Content-Length: ${3 * 1024 * 1024}\r\n`)] });
    assert.match(String(validationException(unread.text)["message"]), /exceeds the limit/);
    const expecting = await exchange(port, { send: [post(`Content-Length: ${TEN_MB}\r\nExpect: 100-continue\r\n`)] });
    assert.not.match(expecting.text, /100 Continue/);
    assert.match(String(validationException(expecting.text)["message"]), /exceeds the limit/);
    assert.is(expecting.ending, "closed");
  });
});

test("a body of 70,000 unknown members is refused before validation, in a short answer", async () => {
  const handled: string[] = [];
  const model = createModelHandle();
  await withEmulator({ handle: (operation, input) => { handled.push(operation); return model(operation, input); } }, async ({ port }) => {
    const members = Object.fromEntries(Array.from({ length: 70_000 }, (_, i) => [`m${i}`, 1]));
    const body = JSON.stringify({ app: "OKTA", tenantId: "t", ingestionType: "auditLog", ...members });
    const target = "/appbundles/b/ingestions";
    const reply = await exchange(port, { send: [`POST ${target} HTTP/1.1\r\nHost: h\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`] });
    const error = validationException(reply.text);
    assert.is(error["reason"], "other");
    assert.match(String(error["message"]), new RegExp(`more than ${MAX_BODY_VALUES} JSON values`));
    assert.ok(reply.text.length < 1000, `${reply.text.length} bytes`);
    assert.equal(handled, [], "the model never validated it");
  });
});

test(`a fieldList lists at most ${MAX_FIELD_LIST} violations and the message counts them all`, async () => {
  await withEmulator({}, async ({ port }) => {
    const members = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`m${i}`, 1]));
    const body = JSON.stringify({ ...members });
    const reply = await exchange(port, { send: [`POST /appbundles HTTP/1.1\r\nHost: h\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`] });
    const error = validationException(reply.text);
    assert.is(error["reason"], "fieldValidationFailed");
    assert.is((error["fieldList"] as unknown[]).length, MAX_FIELD_LIST);
    assert.match(String(error["message"]), /^300 validation errors detected; fieldList holds the first 100$/);
  });
});

test("a request without Host gets a documented ValidationException, not Node's bare 400; HTTP/1.0 needs none", async () => {
  await withEmulator({}, async ({ port }) => {
    const noHost = await exchange(port, { send: ["GET /appbundles HTTP/1.1\r\n\r\n"] });
    assert.is(validationException(noHost.text)["reason"], "cannotParse");
    assert.is(noHost.ending, "closed");
    const old = await exchange(port, { send: ["GET /appbundles HTTP/1.0\r\n\r\n"] });
    assert.is(firstAnswer(old.text).status, 200);
  });
});

test("CONNECT is answered as an unbound method, not with silence", async () => {
  await withEmulator({}, async ({ port }) => {
    const tunnel = await exchange(port, { send: ["CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n"] });
    assert.is(validationException(tunnel.text)["reason"], "unknownOperation");
    assert.is(tunnel.ending, "closed");
  });
});

test("an expectation other than 100-continue gets a documented ValidationException, not Node's bare 417", async () => {
  await withEmulator({}, async ({ port }) => {
    const expectation = await exchange(port, { send: [post("Content-Length: 2\r\nExpect: teapot\r\n"), "{}"] });
    assert.match(String(validationException(expectation.text)["message"]), /Expect: teapot is not supported/);
    assert.is(expectation.ending, "closed");
  });
});

const requestTimeoutMs = 300;

test("headers that stall are answered and closed once the request timeout ends", async () => {
  await withEmulator({ requestTimeoutMs }, async ({ port }) => {
    const stalled = await exchange(port, { send: ["POST /appbundles HTTP/1.1\r\nHost: h\r\n"] });
    assert.is(stalled.ending, "closed");
    assert.is(validationException(stalled.text)["message"], "The request headers did not arrive within 0.3 s");
  });
});

test("a body that drips is answered and closed once the request timeout ends", async () => {
  await withEmulator({ requestTimeoutMs }, async ({ port }) => {
    const drip = Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? " " : 50));
    const dripping = await exchange(port, { send: [post("Content-Length: 1000\r\n"), "{", ...drip] });
    assert.is(dripping.ending, "closed");
    assert.is(validationException(dripping.text)["message"], "The request body did not arrive within 0.3 s");
  });
});

test("a connection that sends nothing is closed after the request timeout, unanswered: there is no request to answer", async () => {
  await withEmulator({ requestTimeoutMs }, async ({ port }) => {
    assert.equal(await exchange(port, { send: [] }), { text: "", ending: "closed" });
  });
});

test("a malformed request behind one still being answered waits its turn: the first answer comes first", async () => {
  await withEmulator({ latencyMs: { min: 200, max: 200 } }, async ({ port }) => {
    const reply = await exchange(port, { send: ["GET /appbundles HTTP/1.1\r\nHost: h\r\n\r\nNOT-HTTP \u0001\r\n\r\n"] });
    const first = firstAnswer(reply.text);
    assert.is(first.status, 200, reply.text.slice(0, 200));
    const second = reply.text.slice(reply.text.indexOf("HTTP/1.1", 1));
    assert.is(validationException(second)["reason"], "cannotParse");
  });
});

test.run();
