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
import { transientErrorsIn, isTransientFailure } from "./transientErrors.ts";

export interface CallRunnerDeps {
  readonly target: Target;
  readonly oracle: Oracle;
  readonly contract: Contract;
  readonly strict: boolean;
  readonly property: string;
  readonly emit: (event: CaseEvent | FindingEvent) => void;
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

  constructor(private readonly deps: CallRunnerDeps) {}

  get oracle(): Oracle {
    return this.deps.oracle;
  }

  /**
   * Sends one operation, predicts it, checks it. A call that still ends in a transient error after the client's
   * retries is sent again as it went on the wire (an idempotency token repeats) for a few rounds; since an
   * earlier round may have taken effect unseen, a mutating call's divergences then count as observations.
   */
  async call(operation: OperationName, input: Readonly<Record<string, unknown>>, coverage: readonly string[] = []): Promise<Outcome> {
    const { oracle } = this.deps;
    this.failFast();
    let outcome = await this.#send(operation, input, coverage);
    let rounds = 1;
    while (isTransientFailure(outcome)) {
      if (rounds === MAX_ROUNDS) throw new Inconclusive(`${operation}: transient errors persisted through ${MAX_ROUNDS} rounds of retries`);
      outcome = await this.#send(operation, outcome.trace.sent ?? input, coverage);
      rounds++;
    }
    const sent = outcome.trace.sent ?? input;
    const prediction = oracle.predict(operation, this.#tokens.toOracle(sent), adoptedFrom(outcome));
    this.#tokens.learn(outcome, prediction);
    const findings = checkCall(this.deps, operation, outcome, prediction);
    const uncertain = rounds > 1 && !OPERATIONS[operation].readonly;
    this.record(uncertain ? findings.map(asUncertain) : findings);
    return outcome;
  }

  async #send(operation: OperationName, input: Readonly<Record<string, unknown>>, coverage: readonly string[]): Promise<Outcome> {
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
