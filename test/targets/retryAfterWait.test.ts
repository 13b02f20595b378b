/** The wait a Retry-After hint names: exact, never negative, never past the SDK's maximum retry delay. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { retryAfterWait } from "../../targets/retryAfterWait.ts";

const NOW = Date.parse("2024-05-01T12:00:00Z");
const after = (seconds: number) => new Date(NOW + seconds * 1000);

test("no hint names no wait", () => {
  assert.is(retryAfterWait(undefined, NOW), undefined);
});

test("Retry-After: 0 is no wait at all; N is N seconds", () => {
  assert.is(retryAfterWait(after(0), NOW), 0);
  assert.is(retryAfterWait(after(3), NOW), 3000);
  assert.is(retryAfterWait(after(7), NOW), 7000, "beyond the pinned SDK's own limit of backoff + 5 s");
});

test("a time already past is no wait, and no wait exceeds 20 s", () => {
  assert.is(retryAfterWait(after(-2), NOW), 0);
  assert.is(retryAfterWait(after(3600), NOW), 20_000);
});

test.run();
