import { test } from "uvu";
import * as assert from "uvu/assert";
import { guardedTarget } from "../../safety/guardedTarget.ts";
import { RunGate } from "../../safety/RunGate.ts";
import type { Target } from "../../targets/target.ts";
import { localModelTarget } from "../properties/harness.ts";
import { family, ok, PROCESSING, S3 } from "./safetyFixtures.ts";

function counting(inner: Target): Target & { sent: () => number } {
  let sent = 0;
  return { ...inner, send: (op, input) => { sent++; return inner.send(op, input); }, sent: () => sent };
}

test("no call may change a resource the harness did not create, by ARN or by id", async () => {
  const model = counting(localModelTarget());
  const { bundle, ingestion, destination } = await family(model);
  const before = model.sent();
  const ids = { appBundleIdentifier: bundle, ingestionIdentifier: ingestion };
  for (const [op, input] of [
    ["DeleteIngestionDestination", { ...ids, ingestionDestinationIdentifier: destination.split("/").at(-1) }],
    ["UpdateIngestionDestination", { ...ids, ingestionDestinationIdentifier: destination, destinationConfiguration: S3 }],
    ["StopIngestion", ids],
    ["DeleteAppBundle", { appBundleIdentifier: bundle }],
    ["TagResource", { resourceArn: ingestion, tags: [] }],
  ] as const) {
    const guarded = guardedTarget(model, new RunGate(), [bundle, ingestion, destination]);
    const outcome = await guarded.send(op, input);
    assert.is(outcome.ok ? "ok" : outcome.error.kind, "infrastructure", op);
    assert.match(outcome.ok ? "" : outcome.error.message, /did not create it/);
  }
  assert.is(model.sent(), before, "nothing reached the target");
  const guarded = guardedTarget(model, new RunGate(), [bundle, ingestion, destination]);
  await ok(guarded, "GetIngestionDestination", { ...ids, ingestionDestinationIdentifier: destination });
  await ok(guarded, "CreateIngestionDestination", { ...ids, processingConfiguration: PROCESSING, destinationConfiguration: S3 });
});

test("a closed gate refuses every call with its reason; the first infrastructure failure closes it", async () => {
  const gate = new RunGate();
  const model = counting(localModelTarget());
  let down = false;
  const flaky: Target = { ...model, send: async (op, input) => {
    const outcome = await model.send(op, input);
    return down ? { ok: false, error: { kind: "infrastructure", name: "Error", message: "connect ECONNREFUSED", members: {} }, trace: outcome.trace } : outcome;
  } };
  const guarded = guardedTarget(flaky, gate, []);
  await ok(guarded, "ListAppBundles", {});
  down = true;
  await guarded.send("ListAppBundles", {});
  assert.is(gate.reason, "connect ECONNREFUSED");
  down = false;
  const sent = model.sent();
  const refused = await guarded.send("CreateAppBundle", {});
  assert.equal(refused.ok ? undefined : [refused.error.kind, refused.error.message], ["infrastructure", "connect ECONNREFUSED"]);
  assert.is(model.sent(), sent);
  gate.close("interrupted by SIGTERM");
  assert.is(gate.reason, "connect ECONNREFUSED", "the first reason stays");
});

test.run();
