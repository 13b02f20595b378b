import { test } from "uvu";
import * as assert from "uvu/assert";
import { persistentTarget } from "../../safety/persistentTarget.ts";
import type { Outcome } from "../../targets/outcome.ts";
import type { Target } from "../../targets/target.ts";

type Answer = "throttled" | "fault" | "invalid" | "ok";

/** A target answering from a script, one answer per send, recording what it was sent. */
function scripted(answers: Answer[], retryAfter?: string) {
  const sent: Readonly<Record<string, unknown>>[] = [];
  const target: Target = {
    name: "scripted", onWire: true, close: async () => {},
    send: async (operation, input) => {
      sent.push(input);
      const answer = answers.shift() ?? "ok";
      const headers: Record<string, string> = retryAfter === undefined ? {} : { "retry-after": retryAfter };
      const trace = { operation, attempts: 3, durationMs: 0, sent: { ...input, clientToken: "token-as-sent" },
        exchanges: [{ request: { method: "POST", path: "/", query: {}, headers: {}, body: "" }, durationMs: 0,
          response: { status: 200, headers, body: "" } }] };
      const error = (name: string, status: number) => ({ ok: false as const, error: { kind: "service" as const, name, message: name, status, members: {} }, trace });
      const outcomes: Record<Answer, Outcome> = {
        ok: { ok: true, output: {}, trace }, throttled: error("ThrottlingException", 429),
        fault: error("InternalServerException", 500), invalid: error("ValidationException", 400),
      };
      return outcomes[answer];
    },
  };
  return { target, sent };
}

function clock() {
  let now = 1_000_000;
  const pauses: number[] = [];
  return { pauses, now: () => now, sleep: async (ms: number) => { pauses.push(ms); now += ms; } };
}

test("a throttled or failing call is sent again as it went on the wire, after doubling pauses, until it is answered", async () => {
  const { target, sent } = scripted(["throttled", "fault", "throttled", "ok"]);
  const time = clock();
  const outcome = await persistentTarget(target, { deadline: time.now() + 60_000, ...time }).send("DeleteAppBundle", { appBundleIdentifier: "b" });
  assert.ok(outcome.ok);
  assert.equal(time.pauses, [1000, 2000, 4000]);
  assert.is(sent.length, 4);
  assert.equal(sent.slice(1).map((s) => s.clientToken), ["token-as-sent", "token-as-sent", "token-as-sent"], "a re-send repeats what went on the wire");
});

test("the pause is the one the answer's Retry-After asked for", async () => {
  const { target } = scripted(["throttled", "throttled", "ok"], "7");
  const time = clock();
  await persistentTarget(target, { deadline: time.now() + 60_000, ...time }).send("DeleteAppBundle", {});
  assert.equal(time.pauses, [7000, 7000]);
});

test("at the deadline the last transient answer comes back, and no pause runs past it", async () => {
  const { target, sent } = scripted(Array<Answer>(100).fill("throttled"));
  const time = clock();
  const outcome = await persistentTarget(target, { deadline: time.now() + 10_000, ...time }).send("DeleteAppBundle", {});
  assert.is(outcome.ok ? "ok" : outcome.error.name, "ThrottlingException");
  assert.equal(time.pauses, [1000, 2000, 4000], "the next pause (8 s) would end after the deadline");
  assert.is(sent.length, 4);
});

test("an answer that is no transient fault comes back at once", async () => {
  const { target, sent } = scripted(["invalid"]);
  const time = clock();
  const outcome = await persistentTarget(target, { deadline: time.now() + 60_000, ...time }).send("DeleteAppBundle", {});
  assert.is(outcome.ok ? "ok" : outcome.error.name, "ValidationException");
  assert.is(sent.length, 1);
  assert.equal(time.pauses, []);
});

test.run();
