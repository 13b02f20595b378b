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
 * requests are spaced to the rate, and the budget refuses attempts past its count.
 */
export class RequestLimiter {
  #sent = 0;
  #nextAt = 0;
  #lifted = false;

  constructor(private readonly limits: RequestLimits, private readonly onExhausted: (message: string) => void = () => {}) {}

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
    const now = Date.now();
    const at = Math.max(now, this.#nextAt);
    this.#nextAt = at + 1000 / this.limits.rate;
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  };
}
