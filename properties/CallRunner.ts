import type { Contract } from "../contracts/contract.ts";
import { OPERATIONS, type OperationName } from "../contracts/operationCatalogue.ts";
import type { CaseEvent, FindingEvent } from "../events/runEvent.ts";
import type { Outcome } from "../targets/outcome.ts";
import type { Target } from "../targets/target.ts";
import { adoptedFrom } from "./adoptedFrom.ts";
import { checkCall } from "./checkCall.ts";
import { CaseFailure, findingEvent, InfrastructureError, type Finding } from "./finding.ts";
import type { Oracle } from "./Oracle.ts";
import { PageTokens } from "./PageTokens.ts";
import { TagLedger } from "./TagLedger.ts";
import type { RunBudget } from "./RunBudget.ts";
import { transientErrorsIn, isTransientFailure } from "./transientErrors.ts";

export interface CallRunnerDeps {
  readonly target: Target;
  readonly oracle: Oracle;
  readonly contract: Contract;
  readonly strict: boolean;
  readonly property: string;
  readonly emit: (event: CaseEvent | FindingEvent) => void;
  readonly budget: RunBudget;
}

/** An answer and the rounds of client retries it took. */
export interface Sent {
  readonly outcome: Outcome;
  readonly rounds: number;
}

/** Rounds of client retries a call gets before its case is given up as inconclusive. */
const MAX_ROUNDS = 5;

function asUncertain(finding: Finding): Finding {
  return { ...finding, severity: "observation", message: `${finding.message} (after a transient failure whose effect is unknown)` };
}

/** A call whose answer was a transient fault the retry budget could not absorb: the case proves nothing. */
export class Inconclusive extends Error {
  override readonly name = "Inconclusive";
}

/**
 * Sends one operation to the target, lets the oracle predict it, runs every check, and keeps the findings
 * of the current case. One runner serves one property; `takeFindings` closes a case.
 */
export class CallRunner {
  #findings: Finding[] = [];
  readonly #tokens = new PageTokens();
  readonly #tags = new TagLedger();

  constructor(private readonly deps: CallRunnerDeps) {}

  get oracle(): Oracle {
    return this.deps.oracle;
  }

  /**
   * Sends one operation, predicts it, checks it, and keeps the findings. `essential` calls (cleanup) are
   * never refused by the budget and run even after the case failed.
   */
  async call(operation: OperationName, input: Readonly<Record<string, unknown>>, coverage: readonly string[] = [], essential = false): Promise<Outcome> {
    if (!essential) this.failFast();
    const sent = await this.send(operation, input, coverage, essential);
    this.record(this.evaluate(operation, input, sent));
    return sent.outcome;
  }

  /**
   * Sends one operation, without judging it. A call that still ends in a transient error after the client's
   * retries is sent again as it went on the wire (an idempotency token repeats) for a few rounds.
   */
  async send(operation: OperationName, input: Readonly<Record<string, unknown>>, coverage: readonly string[] = [], essential = false): Promise<Sent> {
    let outcome = await this.#sendOnce(operation, input, coverage, essential);
    let rounds = 1;
    while (isTransientFailure(outcome)) {
      if (rounds === MAX_ROUNDS) throw new Inconclusive(`${operation}: transient errors persisted through ${MAX_ROUNDS} rounds of retries`);
      outcome = await this.#sendOnce(operation, outcome.trace.sent ?? input, coverage, essential);
      rounds++;
    }
    return { outcome, rounds };
  }

  /**
   * The oracle's prediction for what was sent, advanced past it, and every check of the answer against it.
   * Since an earlier round may have taken effect unseen, a mutating call's divergences after one count as
   * observations.
   */
  evaluate(operation: OperationName, input: Readonly<Record<string, unknown>>, { outcome, rounds }: Sent): Finding[] {
    const sent = outcome.trace.sent ?? input;
    const prediction = this.deps.oracle.predict(operation, this.#tokens.toOracle(sent), adoptedFrom(outcome));
    this.#tokens.learn(outcome, prediction);
    const findings = [...checkCall(this.deps, operation, sent, outcome, prediction), ...this.#tags.check(operation, sent, outcome, prediction)];
    return rounds > 1 && !OPERATIONS[operation].readonly ? findings.map(asUncertain) : findings;
  }

  async #sendOnce(operation: OperationName, input: Readonly<Record<string, unknown>>, coverage: readonly string[], essential: boolean): Promise<Outcome> {
    if (essential) this.deps.budget.spendEssential();
    else this.deps.budget.spend();
    const outcome = await this.deps.target.send(operation, input);
    this.#emitCase(operation, outcome, coverage);
    if (!outcome.ok && outcome.error.kind === "infrastructure") throw new InfrastructureError(outcome.error.message);
    return outcome;
  }

  /** Adds findings made by a property's own checks. Observations are reported at once; failures
   *  wait for fast-check to shrink the case, so only the smallest counterexample's are reported. */
  record(findings: readonly Finding[]): void {
    this.#findings.push(...findings);
    for (const f of findings) if (f.severity === "observation") this.deps.emit(findingEvent(this.deps.property, f));
  }

  hasFailed(): boolean {
    return this.#findings.some((f) => f.severity === "failure");
  }

  /** Ends the case before its next call once it has failed, so a counterexample stops where it fails. */
  failFast(): void {
    if (this.hasFailed()) throw new CaseFailure(this.#findings.filter((f) => f.severity === "failure"));
  }

  takeFindings(): Finding[] {
    const out = this.#findings;
    this.#findings = [];
    return out;
  }

  #emitCase(operation: OperationName, outcome: Outcome, coverage: readonly string[]): void {
    this.deps.emit({
      type: "case",
      property: this.deps.property,
      operation,
      coverage,
      result: outcome.ok ? "ok" : outcome.error.name,
      ...(outcome.ok || outcome.error.status === undefined ? {} : { status: outcome.error.status }),
      durationMs: outcome.trace.durationMs,
      attempts: outcome.trace.attempts,
      transient: transientErrorsIn(outcome),
    });
  }
}
