/** Raised when a run has spent its request or time budget, met its failures, or was interrupted: the run stops and reports what it covered. */
export class BudgetExhausted extends Error {
  override readonly name = "BudgetExhausted";
}

/** What ends a run before its planned cases: a spent budget, the failures it was to stop at, or a signal. */
export type StopReason = "max-requests" | "time-budget" | "max-failures" | "interrupted";

/** Why new work is refused, for the reasons that are no budget spent. */
const STOPPED: Partial<Record<StopReason, string>> = { interrupted: "the run was interrupted", "max-failures": "the run met its --max-failures" };

export interface BudgetLimits {
  /** Requests the run may send for new work (cleanup and teardown are never refused). */
  readonly maxRequests?: number;
  /** Wall-clock deadline, in `performance.now()` milliseconds. */
  readonly deadline?: number;
  /** Failures (distinct findings graded failure) after which the run starts no new work (`--max-failures`). */
  readonly maxFailures?: number;
}

/**
 * What a run may still spend; shared by every property of the run. A share (`share`) is a part of it for one
 * property: it spends from the run's budget too, and running out of it ends that property, not the run. An
 * interrupt (a signal), or the run's failures reaching `maxFailures`, spends it at once: new work stops, cleanup
 * and teardown still run.
 */
export class RunBudget {
  #spent = 0;
  #reason: StopReason | undefined;

  constructor(private readonly limits: BudgetLimits = {}, private readonly whole?: RunBudget) {}

  /** Why the budget stopped, once it has (a passed deadline, or every request spent, counts before a request is refused). */
  get exhausted(): StopReason | undefined {
    if (this.#reason === undefined && this.limits.deadline !== undefined && performance.now() >= this.limits.deadline) this.#reason = "time-budget";
    if (this.#reason === undefined && this.limits.maxRequests !== undefined && this.#spent >= this.limits.maxRequests) this.#reason = "max-requests";
    return this.#reason ?? this.whole?.exhausted;
  }

  get spent(): number {
    return this.#spent;
  }

  /** Stops new work now (a signal): every share of this budget is spent too. */
  interrupt(): void {
    this.#reason ??= "interrupted";
  }

  /** Requests left, if there is a limit. */
  remaining(): number | undefined {
    const own = this.limits.maxRequests === undefined ? undefined : Math.max(0, this.limits.maxRequests - this.#spent);
    const whole = this.whole?.remaining();
    return own === undefined ? whole : whole === undefined ? own : Math.min(own, whole);
  }

  /** Accounts for one request of new work, or refuses it once the budget is spent. */
  spend(): void {
    const reason = this.exhausted;
    if (reason !== undefined) throw new BudgetExhausted(STOPPED[reason] ?? `the ${this.whole ? "property's share of the run's" : "run's"} ${reason} is spent`);
    this.whole?.spend();
    this.#spent++;
  }

  /** Told the run's failures so far, as its findings store counts them: at `maxFailures` new work stops, as when a budget is spent. */
  failuresFound(failures: number): void {
    if (this.whole) this.whole.failuresFound(failures);
    else if (this.limits.maxFailures !== undefined && failures >= this.limits.maxFailures) this.#reason ??= "max-failures";
  }

  /** Cleanup and teardown: counted, never refused, so nothing is left behind. */
  spendEssential(): void {
    this.whole?.spendEssential();
    this.#spent++;
  }

  /** A part of what is left, `maxRequests` at most, for one property. */
  share(maxRequests: number): RunBudget {
    return new RunBudget({ maxRequests }, this);
  }
}
