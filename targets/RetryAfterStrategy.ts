import { AsyncLocalStorage } from "node:async_hooks";
import { AdaptiveRetryStrategy, DefaultRateLimiter, StandardRetryStrategy, type RateLimiter } from "@smithy/core/retry";
import type { RetryErrorInfo, RetryToken, StandardRetryBackoffStrategy, StandardRetryToken } from "@smithy/types";
import { retryAfterWait } from "./retryAfterWait.ts";

/**
 * The wait the answer being retried named, from the strategy's entry to the backoff and rate limiter that the
 * SDK's strategy consults after awaits of its own; per call, so concurrent retries do not see each other's.
 */
const namedWait = new AsyncLocalStorage<number | undefined>();

/** @smithy/core does not export its jittered exponential backoff; every StandardRetryStrategy makes one. */
class SdkBackoff extends StandardRetryStrategy {
  static create(): StandardRetryBackoffStrategy {
    return new SdkBackoff(1).retryBackoffStrategy;
  }
}

function fixedBackoff(delayMs: number): StandardRetryBackoffStrategy {
  return { computeNextBackoffDelay: () => delayMs, setDelayBase: () => {} };
}

export interface RetryAfterStrategyOptions {
  /** The delay where the answer names no wait; default the SDK's backoff (full jitter, doubling, 1 s base for throttling). */
  readonly fixedDelayMs?: number;
  /** The adaptive rate; default the SDK's CUBIC DefaultRateLimiter. */
  readonly rateLimiter?: RateLimiter;
}

/**
 * The SDK's adaptive retry mode (AdaptiveRetryStrategy: StandardRetryStrategy's attempts and retry quota, and a
 * CUBIC client-side rate that drops on throttling and climbs back), obeying Retry-After. The pinned
 * StandardRetryStrategy waits max(backoff, min(Retry-After, backoff + 5 s)), never less than its own backoff
 * (full jitter from a 1 s base for throttling): `Retry-After: 0` still waited 0-1 s, then 0-2 s. Here a named
 * wait is the backoff itself, exactly (see retryAfterWait), and the hint is withheld from the SDK's own rule.
 * A throttle saying `Retry-After: 0` does not lower the rate either: the server asked for no pause, and CUBIC
 * cutting the rate by 30% at every such answer would crawl under throttling that has nothing to do with speed.
 * Answers without the header keep the SDK's backoff and rate cut.
 */
export class RetryAfterStrategy extends AdaptiveRetryStrategy {
  constructor(maxAttempts: number, options: RetryAfterStrategyOptions = {}) {
    const fallback = options.fixedDelayMs === undefined ? SdkBackoff.create() : fixedBackoff(options.fixedDelayMs);
    const rate = options.rateLimiter ?? new DefaultRateLimiter();
    super(maxAttempts, {
      maxAttempts,
      backoff: {
        setDelayBase: (delayBase) => fallback.setDelayBase(delayBase),
        computeNextBackoffDelay: (retryCount) => namedWait.getStore() ?? fallback.computeNextBackoffDelay(retryCount),
      },
      rateLimiter: {
        getSendToken: () => rate.getSendToken(),
        updateClientSendingRate: (response: unknown) => rate.updateClientSendingRate(namedWait.getStore() === 0 ? {} : response),
      },
    });
  }

  override refreshRetryTokenForRetry(token: StandardRetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    const { retryAfterHint, ...withoutHint } = errorInfo;
    return namedWait.run(retryAfterWait(retryAfterHint), () => super.refreshRetryTokenForRetry(token, withoutHint));
  }
}
