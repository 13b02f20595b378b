/** Raised when a run has spent its request or time budget: the run stops and reports what it covered. */
export class BudgetExhausted extends Error {
  override readonly name = "BudgetExhausted";
}

export interface BudgetLimits {
  /** Requests the run may send for new work (cleanup and teardown are never refused). */
  readonly maxRequests?: number;
  /** Wall-clock deadline, in `performance.now()` milliseconds. */
  readonly deadline?: number;
}

/** What a run may still spend; shared by every property of the run. */
export class RunBudget {
  #spent = 0;
  #reason: "max-requests" | "time-budget" | undefined;

  constructor(private readonly limits: BudgetLimits = {}) {}

  /** Why the run stopped, once it has (a passed deadline counts even before a request was refused). */
  get exhausted(): "max-requests" | "time-budget" | undefined {
    if (this.#reason === undefined && this.limits.deadline !== undefined && performance.now() >= this.limits.deadline) this.#reason = "time-budget";
    return this.#reason;
  }

  get spent(): number {
    return this.#spent;
  }

  /** Milliseconds left before the deadline, if there is one. */
  remainingMs(): number | undefined {
    return this.limits.deadline === undefined ? undefined : Math.max(0, this.limits.deadline - performance.now());
  }

  /** Accounts for one request of new work, or refuses it once the budget is spent. */
  spend(): void {
    if (this.#reason === undefined && this.limits.maxRequests !== undefined && this.#spent >= this.limits.maxRequests) this.#reason = "max-requests";
    const reason = this.exhausted;
    if (reason !== undefined) throw new BudgetExhausted(`the run's ${reason} is spent`);
    this.#spent++;
  }

  /** Cleanup and teardown: counted, never refused, so nothing is left behind. */
  spendEssential(): void {
    this.#spent++;
  }
}
