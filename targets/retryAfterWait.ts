import { MAXIMUM_RETRY_DELAY } from "@smithy/core/retry";

/**
 * The wait in milliseconds an answer asked for with Retry-After (the SDK's retry middleware parses the header
 * into `retryAfterHint`, a Date), or undefined when it named none. AppFabric binds ThrottlingException's and
 * InternalServerException's retryAfterSeconds to that header. A time already past is 0; no wait exceeds the
 * SDK's maximum retry delay (20 s), so a wild value cannot stall a run: the harness resends a call that ran
 * out of attempts.
 */
export function retryAfterWait(hint: Date | undefined, now = Date.now()): number | undefined {
  if (hint === undefined) return undefined;
  return Math.min(Math.max(0, hint.getTime() - now), MAXIMUM_RETRY_DELAY);
}
