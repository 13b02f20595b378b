import { test } from "uvu";
import * as assert from "uvu/assert";
import { RequestBudgetExhausted, RequestLimiter } from "../../safety/requestLimiter.ts";

test("requests are spaced to the rate", async () => {
  const limiter = new RequestLimiter({ rate: 50, maxRequests: 100 });
  const started = Date.now();
  for (let i = 0; i < 6; i++) await limiter.beforeAttempt();
  const elapsed = Date.now() - started;
  assert.ok(elapsed >= 95, `6 requests at 50/s took ${elapsed} ms`);
  assert.is(limiter.sent, 6);
});

test("concurrent attempts are spaced too", async () => {
  const limiter = new RequestLimiter({ rate: 50, maxRequests: 100 });
  const started = Date.now();
  await Promise.all(Array.from({ length: 6 }, () => limiter.beforeAttempt()));
  const elapsed = Date.now() - started;
  assert.ok(elapsed >= 95, `6 concurrent requests at 50/s took ${elapsed} ms`);
});

test("the budget refuses attempts past its count, says why once, and lifts for teardown", async () => {
  const reasons: string[] = [];
  const limiter = new RequestLimiter({ rate: 10_000, maxRequests: 2 }, (message) => reasons.push(message));
  await limiter.beforeAttempt();
  await limiter.beforeAttempt();
  try {
    await limiter.beforeAttempt();
    assert.unreachable("a third request went out");
  } catch (error) {
    assert.instance(error, RequestBudgetExhausted);
  }
  assert.match(reasons[0] ?? "", /--max-requests 2/);
  limiter.lift();
  await limiter.beforeAttempt();
  assert.is(limiter.sent, 3);
});

test.run();
