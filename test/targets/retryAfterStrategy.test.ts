/**
 * RetryAfterStrategy, the retry strategy of the emulator and live targets, against loopback servers the tests
 * start: the delay it chose for each retry is what the SDK reports as $metadata.totalRetryDelay.
 */
import type { RateLimiter } from "@smithy/core/retry";
import type { ResponseMetadata, StandardRetryToken } from "@smithy/types";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ListAppBundlesCommand, type AppFabricClientConfig } from "../../client/index.ts";
import { startEmulator } from "../../emulator/index.ts";
import { RetryAfterStrategy } from "../../targets/RetryAfterStrategy.ts";
import { type CannedResponse, loopbackClient, withLoopback } from "../client/loopback.ts";

const LISTED: CannedResponse = { status: 200, body: { appBundleSummaryList: [] } };
const throttled = (retryAfter?: string): CannedResponse => ({ status: 429,
  headers: { "x-amzn-errortype": "ThrottlingException", ...(retryAfter === undefined ? {} : { "retry-after": retryAfter }) },
  body: { message: "slow down" } });
const retrying = (strategy: RetryAfterStrategy): AppFabricClientConfig => ({ maxAttempts: 3, retryStrategy: strategy });

/** A rate limiter that never waits and keeps what the strategy tells it about each answer. */
function recordingRate(): RateLimiter & { readonly told: unknown[] } {
  const told: unknown[] = [];
  return { told, getSendToken: async () => {}, updateClientSendingRate: (response: unknown) => { told.push(response); } };
}

test("Retry-After: 0 on two throttles: retried at once, without the SDK's backoff", async () => {
  await withLoopback((_, index) => (index < 2 ? throttled("0") : LISTED), async (client, server) => {
    const output = await client.send(new ListAppBundlesCommand({}));
    assert.is(output.$metadata.attempts, 3);
    assert.is(server.requests.length, 3);
    assert.is(output.$metadata.totalRetryDelay, 0, "the stock strategy waits 0-1 s, then 0-2 s");
  }, retrying(new RetryAfterStrategy(3)));
});

test("Retry-After: 1: the strategy waits the second the server named", async () => {
  await withLoopback((_, index) => (index < 1 ? throttled("1") : LISTED), async (client) => {
    const output = await client.send(new ListAppBundlesCommand({}));
    assert.is(output.$metadata.attempts, 2);
    const delay = output.$metadata.totalRetryDelay ?? -1;
    // The hint is read and turned into a wait in one synchronous step, so only a millisecond or so may go.
    assert.ok(delay > 900 && delay <= 1000, `waited ${delay} ms for Retry-After: 1`);
  }, retrying(new RetryAfterStrategy(3)));
});

test("Retry-After: 7, past the pinned SDK's own ceiling (its backoff + 5 s), is 7 s; 3600 is the 20 s maximum", async () => {
  const strategy = new RetryAfterStrategy(3, { rateLimiter: recordingRate() });
  // The SDK's strategy sleeps with the global setTimeout: record what it asks for instead of waiting.
  const asked: number[] = [];
  const realSetTimeout = globalThis.setTimeout;
  globalThis.setTimeout = ((callback: () => void, ms: number) => { asked.push(ms); return realSetTimeout(callback, 0); }) as typeof setTimeout;
  try {
    for (const seconds of [7, 3600]) {
      const token = await strategy.acquireInitialRetryToken("") as StandardRetryToken;
      await strategy.refreshRetryTokenForRetry(token, { errorType: "THROTTLING", retryAfterHint: new Date(Date.now() + seconds * 1000) });
    }
  } finally {
    globalThis.setTimeout = realSetTimeout;
  }
  assert.is(asked.length, 2);
  assert.ok((asked[0] ?? 0) > 6900 && (asked[0] ?? 0) <= 7000, `asked for ${asked[0]} ms for Retry-After: 7`);
  assert.is(asked[1], 20_000);
});

test("no Retry-After: the SDK's backoff, full jitter from a 1 s base for throttling, doubling", async () => {
  const random = Math.random;
  try {
    for (const draw of [0.01, 0.03]) {
      Math.random = () => draw;
      await withLoopback((_, index) => (index < 2 ? throttled() : LISTED), async (client) => {
        const output = await client.send(new ListAppBundlesCommand({}));
        assert.is(output.$metadata.attempts, 3);
        assert.is(output.$metadata.totalRetryDelay, Math.floor(draw * 1000) + Math.floor(draw * 2000), `random draw ${draw}`);
      }, retrying(new RetryAfterStrategy(3, { rateLimiter: recordingRate() })));
    }
  } finally {
    Math.random = random;
  }
});

test("the adaptive rate drops on a throttle without Retry-After, not on one that says Retry-After: 0", async () => {
  const rate = recordingRate();
  const answers = [throttled("0"), LISTED, throttled(), LISTED];
  await withLoopback((_, index) => answers[index] ?? LISTED, async (client) => {
    await client.send(new ListAppBundlesCommand({}));
    await client.send(new ListAppBundlesCommand({}));
  }, retrying(new RetryAfterStrategy(3, { fixedDelayMs: 1, rateLimiter: rate })));
  const throttles = rate.told.map((response) => (response as { errorType?: string }).errorType === "THROTTLING");
  assert.equal(throttles, [false, false, true, false], "zero-wait throttle, success, throttle, success");
});

test("end to end against the embedded emulator, whose injected faults say Retry-After: 0: no retry waits", async () => {
  const credentials = { accessKeyId: "AKID", secretAccessKey: "fake-secret" };
  const emulator = await startEmulator({ credentials: [credentials], throttleRate: 0.3, serverErrorRate: 0.1, seed: 7 });
  try {
    // The live target's configuration (SDK backoff, CUBIC rate), then the emulator target's (a fixed 1 ms).
    for (const strategy of [new RetryAfterStrategy(3), new RetryAfterStrategy(3, { fixedDelayMs: 1 })]) {
      const client = loopbackClient(emulator.url, retrying(strategy));
      let attempts = 0, waited = 0;
      for (let i = 0; i < 30; i++) {
        const { $metadata } = await client.send(new ListAppBundlesCommand({})).catch((error: { $metadata: ResponseMetadata }) => error);
        attempts += $metadata.attempts ?? 0;
        waited += $metadata.totalRetryDelay ?? 0;
      }
      client.destroy();
      assert.ok(attempts > 35, `${attempts} attempts for 30 calls: faults were injected and retried`);
      assert.is(waited, 0);
    }
  } finally {
    await emulator.close();
  }
});

test.run();
