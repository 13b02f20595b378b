import pThrottle from "p-throttle";

export interface RequestLimits {
  /** Requests per second, retries included. */
  readonly rate: number;
  /** Requests the run may send in all; teardown is exempt once `lift` is called. */
  readonly maxRequests: number;
}

/** Thrown before an attempt once the budget is spent; the request never leaves. */
export class RequestBudgetExhausted extends Error {
  override readonly name = "RequestBudgetExhausted";
}

/**
 * The live target's client-side limits, applied before every HTTP attempt (the SDK's retries included):
 * requests are spaced to the rate, and the budget refuses attempts past its count. The rate is a ceiling; the
 * SDK's adaptive retry strategy may send slower still after throttling.
 */
export class RequestLimiter {
  #sent = 0;
  #lifted = false;
  // p-throttle's strict mode, one call per interval: each attempt leaves at least 1/rate s after the one before,
  // concurrent attempts queued in order.
  readonly #spaced: () => Promise<void>;

  constructor(private readonly limits: RequestLimits, private readonly onExhausted: (message: string) => void = () => {}) {
    this.#spaced = pThrottle({ limit: 1, interval: 1000 / limits.rate, strict: true })(async () => {});
  }

  get sent(): number {
    return this.#sent;
  }

  /** Teardown must be able to delete what the run created, even after the budget ran out. */
  lift(): void {
    this.#lifted = true;
  }

  readonly beforeAttempt = async (): Promise<void> => {
    if (!this.#lifted && this.#sent >= this.limits.maxRequests) {
      const message = `the request budget (--max-requests ${this.limits.maxRequests}) is used up`;
      this.onExhausted(message);
      throw new RequestBudgetExhausted(message);
    }
    this.#sent++;
    await this.#spaced();
  };
}
