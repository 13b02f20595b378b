/** Seeded fault injection: decided before the model, answered with Retry-After: 0, replayable from the seed. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { OperationName } from "../../contracts/operationCatalogue.ts";
import { createModelHandle, emulatorEnv, startEmulator, type EmulatorOptions, type Handle } from "../../emulator/index.ts";
import { ReferenceModel } from "../../model/index.ts";
import { callOperation, expectError, expectSuccess } from "./wireCalls.ts";

/** A handle over a model the test can inspect, counting the calls that reach it. */
function observedModel(): { model: ReferenceModel; handle: Handle; calls: OperationName[] } {
  const model = new ReferenceModel(emulatorEnv("us-east-1"));
  const calls: OperationName[] = [];
  return { model, calls, handle: (op, input) => { calls.push(op); return model.handle(op, input); } };
}

async function withEmulator(options: EmulatorOptions, body: (url: string) => Promise<void>): Promise<void> {
  const emulator = await startEmulator(options);
  try {
    await body(emulator.url);
  } finally {
    await emulator.close();
  }
}

test("throttleRate 1: every call is 429 ThrottlingException with Retry-After, and the model never sees it", async () => {
  const observed = observedModel();
  let bundleArn = "";
  await withEmulator({ handle: observed.handle }, async (url) => {
    const created = expectSuccess("CreateAppBundle", await callOperation(url, "CreateAppBundle", { body: {} }));
    bundleArn = String((created["appBundle"] as Record<string, unknown>)["arn"]);
  });
  const before = observed.model.state;
  const snapshot = structuredClone(before);
  const reached = observed.calls.length;
  await withEmulator({ handle: observed.handle, throttleRate: 1 }, async (url) => {
    const calls: [OperationName, Parameters<typeof callOperation>[2]][] = [
      ["CreateIngestion", { labels: { appBundleIdentifier: bundleArn }, body: { app: "a", tenantId: "t", ingestionType: "auditLog" } }],
      ["TagResource", { labels: { resourceArn: bundleArn }, body: { tags: [{ key: "k", value: "v" }] } }],
      ["DeleteAppBundle", { labels: { appBundleIdentifier: bundleArn } }],
      ["ListAppBundles", {}],
      ["CreateAppBundle", { body: {} }],
    ];
    for (const [op, parts] of calls) {
      const res = await callOperation(url, op, parts);
      const body = expectError(op, res, "ThrottlingException");
      assert.is(res.headers["retry-after"], "0");
      assert.not.ok("retryAfterSeconds" in body);
    }
  });
  assert.is(observed.calls.length, reached, "no throttled request reached the model");
  assert.ok(observed.model.state === before);
  assert.equal(observed.model.state, snapshot);
});

test("serverErrorRate 1: every call is 500 InternalServerException with Retry-After: 0", async () => {
  await withEmulator({ serverErrorRate: 1 }, async (url) => {
    for (const op of ["ListAppBundles", "CreateAppBundle"] as const) {
      const res = await callOperation(url, op, op === "CreateAppBundle" ? { body: {} } : {});
      expectError(op, res, "InternalServerException");
      assert.is(res.headers["retry-after"], "0");
    }
  });
});

async function faultSequence(seed: number, count: number): Promise<number[]> {
  const statuses: number[] = [];
  await withEmulator({ seed, throttleRate: 0.3, serverErrorRate: 0.3, handle: createModelHandle() }, async (url) => {
    for (let i = 0; i < count; i++) statuses.push((await callOperation(url, "ListAppBundles")).status);
  });
  return statuses;
}

test("the same seed repeats the same faults; another seed gives others", async () => {
  const first = await faultSequence(42, 40);
  assert.equal(await faultSequence(42, 40), first);
  assert.ok(first.includes(200) && first.includes(429) && first.includes(500), `a mix of outcomes: ${first.join(",")}`);
  assert.not.equal(await faultSequence(43, 40), first);
});

test("latency is injected within the range", async () => {
  await withEmulator({ latencyMs: { min: 40, max: 60 }, seed: 1 }, async (url) => {
    const start = performance.now();
    expectSuccess("ListAppBundles", await callOperation(url, "ListAppBundles"));
    assert.ok(performance.now() - start >= 39, "the answer waited for the injected latency");
  });
});

test("impossible fault options are refused", async () => {
  const impossible: EmulatorOptions[] = [
    { throttleRate: 1.5 }, { throttleRate: 0.6, serverErrorRate: 0.6 }, { latencyMs: { min: 5, max: 1 } }, { seed: 0.5 },
  ];
  for (const options of impossible) {
    try {
      await startEmulator(options);
      assert.unreachable(`accepted ${JSON.stringify(options)}`);
    } catch (error) {
      assert.instance(error, RangeError);
    }
  }
});

test.run();
