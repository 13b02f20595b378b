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

test.run();
