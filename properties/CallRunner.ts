import { setTimeout as sleep } from "node:timers/promises";
import type { Contract } from "../contracts/contract.ts";
import { OPERATIONS, type OperationName } from "../contracts/operationCatalogue.ts";
import type { CaseEvent, FindingEvent, InconclusiveEvent, LagEvent, PlanEvent } from "../events/runEvent.ts";
import type { Answer, ModelOutcome, ModelState } from "../model/index.ts";
import type { Outcome } from "../targets/outcome.ts";
import type { Target } from "../targets/target.ts";
import { adoptedFrom } from "./adoptedFrom.ts";
import { checkCall } from "./checkCall.ts";
import { coverageTags, UNSENT } from "./coverageTags.ts";
import { ConsistencyWindow } from "./ConsistencyWindow.ts";
import { explainedByLag, LAGGING_READS } from "./explainedByLag.ts";
import { CaseFailure, findingEvent, InfrastructureError, type Finding } from "./finding.ts";
import type { Oracle } from "./Oracle.ts";
import { PageTokens } from "./PageTokens.ts";
import type { RunBudget } from "./RunBudget.ts";
import { reportedOutput } from "./reportedOutput.ts";
import { serverErrorFinding } from "./serverErrorFinding.ts";
import { isServerFault, isTransientFailure, transientErrorsIn } from "./transientErrors.ts";

export interface CallRunnerDeps {
  readonly target: Target;
  readonly oracle: Oracle;
  readonly contract: Contract;
  readonly strict: boolean;
  readonly property: string;
  readonly emit: (event: CaseEvent | FindingEvent | InconclusiveEvent | LagEvent | PlanEvent) => void;
  readonly budget: RunBudget;
  /** How long a read may lag behind an acknowledged write; shared by the run's runners (they share the oracle). */
  readonly window?: ConsistencyWindow;
}

/** An answer and the rounds of client retries it took; `persistentServerFault` when every round ended in a 5xx. */
export interface Sent {
  readonly outcome: Outcome;
  readonly rounds: number;
  readonly persistentServerFault?: boolean;
}

/**
 * The coverage tags a call exercises beyond those of its input (a transition, a planted defect); a function
 * when they depend on the answer (whether a defect reached the wire).
 */
export type Coverage = readonly string[] | ((outcome: Outcome) => readonly string[]);

/** The request reached the service: it answered, even if the client could not read the answer. */
function reachedService(outcome: Outcome): boolean {
  return outcome.ok || outcome.error.kind === "service" || outcome.trace.exchanges.some((x) => x.response !== undefined);
}

/** Rounds of client retries a call gets before throttling leaves its case inconclusive. */
const MAX_ROUNDS = 5;
/** Attempts in a row a server fault must meet before it is persistent, not bad luck (at 20% faults: 4 in 10^9 calls). */
const PERSISTENT_FAULT_ATTEMPTS = 12;
/** Rounds a server fault may take to reach those attempts before the case is given up as inconclusive. */
const MAX_FAULT_ROUNDS = 15;
/** The first pause before a lagging read is sent again; it doubles up to the end of the window. */
const FIRST_LAG_WAIT_MS = 50;

/** The call ended in a server fault, and every attempt on the wire met one (throttling among them is another story). */
function faultedThroughout(outcome: Outcome): boolean {
  return isServerFault(outcome) && outcome.trace.exchanges.every((x) => x.response === undefined || x.response.status >= 500);
}

function asUncertain(finding: Finding): Finding {
  return { ...finding, severity: "observation", message: `${finding.message} (after a transient failure whose effect is unknown)` };
}

/** A call whose answer was a transient fault the retry budget could not absorb: the case proves nothing. */
export class Inconclusive extends Error {
  override readonly name = "Inconclusive";
}

/** What a service's answer tells the oracle, a 2xx the client could not read included; a request that never got an answer tells it nothing. */
function answerOf(outcome: Outcome): Answer | undefined {
  const output = reportedOutput(outcome);
  if (output !== undefined) return { ok: true, output };
  return !outcome.ok && outcome.error.kind === "service" ? { ok: false, errorName: outcome.error.name } : undefined;
}

interface Judged {
  readonly findings: Finding[];
  readonly prediction: ModelOutcome;
  readonly before: ModelState;
  /** The answer matched the prediction member by member: the predicted state is the state it implies. */
  readonly asPredicted: boolean;
}

/**
 * Sends one operation to the target, lets the oracle predict it, runs every check, and keeps the findings
 * of the current case. One runner serves one property; `takeFindings` closes a case.
 */
export class CallRunner {
  #findings: Finding[] = [];
  #inconclusive = 0;
  readonly #tokens = new PageTokens();
  readonly #window: ConsistencyWindow;

  /** The position of the property's case being run (fast-check's run index); its events carry it, so a merge of shards can keep a whole run's. */
  casePosition: number | undefined;

  constructor(private readonly deps: CallRunnerDeps) {
    this.#window = deps.window ?? new ConsistencyWindow(0);
  }

  #emit(event: CaseEvent | FindingEvent | InconclusiveEvent | LagEvent): void {
    this.deps.emit(this.casePosition === undefined ? event : { ...event, position: this.casePosition });
  }

  get oracle(): Oracle {
    return this.deps.oracle;
  }

  get window(): ConsistencyWindow {
    return this.#window;
  }

  /**
   * Sends one operation, predicts it, checks it, and keeps the findings. A read that disagrees only as a write
   * not yet visible explains is sent again, with backoff, until the consistency window ends. `essential` calls
   * (cleanup) are never refused by the budget and run even after the case failed.
   */
  async call(operation: OperationName, input: Readonly<Record<string, unknown>>, coverage: Coverage = [], essential = false): Promise<Outcome> {
    if (!essential) this.failFast();
    const first = await this.send(operation, input, coverage, essential);
    // A read may show an earlier state; a write may be refused as an earlier state would refuse it (an update
    // of a destination the service does not see yet). A refused write changed nothing, so it is safe to resend.
    const lags = LAGGING_READS.has(operation) ? this.#lags.bind(this) : this.#refusedAsBefore.bind(this);
    const sent = await this.untilVisible(operation, first, (recent) => lags(operation, input, first, recent), async (recent) => {
      const again = await this.send(operation, input, coverage, essential);
      return { value: again, lagging: lags(operation, input, again, recent) };
    });
    this.record(this.evaluate(operation, input, sent));
    return sent.outcome;
  }

  /**
   * Eventual consistency: while what a read showed (`first`) disagrees only as a write not yet visible explains
   * (`lagging`, given the states recent writes left behind), it is read again (`again`) with backoff until it
   * agrees or the window after that write ends. The last value is the one to judge; a `lag` event records the wait.
   */
  async untilVisible<T>(operation: OperationName, first: T, lagging: (recent: readonly ModelState[]) => boolean,
    again: (recent: readonly ModelState[]) => Promise<{ readonly value: T; readonly lagging: boolean }>): Promise<T> {
    const lag = this.#window.recent();
    if (lag === undefined || !lagging(lag.states)) return first;
    let value = first;
    let settled = false;
    for (let wait = FIRST_LAG_WAIT_MS; !settled; wait *= 2) {
      const left = lag.until - this.#window.now();
      if (left <= 0) break;
      await sleep(Math.min(wait, left));
      const next = await again(lag.states);
      value = next.value;
      settled = !next.lagging;
    }
    this.#emit({ type: "lag", at: new Date().toISOString(), property: this.deps.property, operation, lagMs: Math.round(this.#window.now() - lag.since), settled });
    return value;
  }

  /** A failure on a read that an earlier state, one a recent write left behind, would explain. The oracle is left as it was. */
  #lags(operation: OperationName, input: Readonly<Record<string, unknown>>, sent: Sent, recent: readonly ModelState[]): boolean {
    const judged = this.#judge(operation, input, sent);
    this.deps.oracle.reset(judged.before);
    if (!judged.findings.some((f) => f.severity === "failure")) return false;
    const asked = this.#tokens.toOracle(sent.outcome.trace.sent ?? input);
    return explainedByLag(operation, sent.outcome.trace.sent ?? input, sent.outcome, judged.prediction, recent,
      (state) => this.deps.oracle.predictFrom(state, operation, asked, adoptedFrom(sent.outcome)));
  }

  /** A write refused where success is due, with the very error some state a recent write left behind predicts. The oracle is left as it was. */
  #refusedAsBefore(operation: OperationName, input: Readonly<Record<string, unknown>>, sent: Sent, recent: readonly ModelState[]): boolean {
    const { outcome } = sent;
    if (outcome.ok || outcome.error.kind !== "service") return false;
    const asked = this.#tokens.toOracle(outcome.trace.sent ?? input);
    const now = this.deps.oracle.predictFrom(this.deps.oracle.state, operation, asked);
    return now.ok && recent.some((state) => {
      const then = this.deps.oracle.predictFrom(state, operation, asked);
      return !then.ok && then.error.name === outcome.error.name;
    });
  }

  /**
   * Sends one operation, without judging it. A call that still ends in a transient error after the client's
   * retries is sent again as it went on the wire (an idempotency token repeats) for a few rounds; a server
   * fault through every round is persistent, throttling through every round leaves the case inconclusive.
   */
  async send(operation: OperationName, input: Readonly<Record<string, unknown>>, coverage: Coverage = [], essential = false): Promise<Sent> {
    let outcome = await this.#sendOnce(operation, input, coverage, essential);
    let rounds = 1;
    // A server fault is persistent when every attempt of every round met one, and enough of them that chance
    // is out of the question: the client's retry quota may have run dry and allow one attempt a round.
    let onlyFaults = faultedThroughout(outcome);
    let faultAttempts = outcome.trace.attempts;
    while (isTransientFailure(outcome)) {
      if (onlyFaults && faultAttempts >= PERSISTENT_FAULT_ATTEMPTS) return { outcome, rounds, persistentServerFault: true };
      if (rounds >= (onlyFaults ? MAX_FAULT_ROUNDS : MAX_ROUNDS)) {
        throw new Inconclusive(`${operation}: ${onlyFaults ? "server faults" : "throttling"} persisted through ${rounds} rounds of retries`);
      }
      outcome = await this.#sendOnce(operation, outcome.trace.sent ?? input, coverage, essential);
      rounds++;
      onlyFaults &&= faultedThroughout(outcome);
      faultAttempts += outcome.trace.attempts;
    }
    return { outcome, rounds };
  }

  /**
   * Every check of one answer, then the oracle takes on the state the answer implies. Used for calls judged
   * one by one and for each call of a concurrent group (linearize).
   */
  evaluate(operation: OperationName, input: Readonly<Record<string, unknown>>, sent: Sent): Finding[] {
    const judged = this.#judge(operation, input, sent);
    this.#settle(operation, sent, judged);
    return judged.findings;
  }

  /**
   * The oracle's prediction for what was sent (its state moves on as predicted) and every check of the answer
   * against it. Since an earlier round may have taken effect unseen, a mutating call's divergences after one
   * count as observations; a server fault that outlasted every round is a finding of its own.
   */
  #judge(operation: OperationName, input: Readonly<Record<string, unknown>>, { outcome, rounds, persistentServerFault }: Sent): Judged {
    const sent = outcome.trace.sent ?? input;
    const before = this.deps.oracle.state;
    const prediction = this.deps.oracle.predict(operation, this.#tokens.toOracle(sent), adoptedFrom(outcome));
    this.#tokens.learn(outcome, prediction);
    if (persistentServerFault) return { findings: [serverErrorFinding(operation, sent, outcome, rounds)], prediction, before, asPredicted: false };
    const findings = checkCall(this.deps, operation, sent, outcome, prediction);
    const asPredicted = !findings.some((f) => f.kind === "model");
    return { findings: rounds > 1 && !OPERATIONS[operation].readonly ? findings.map(asUncertain) : findings, prediction, before, asPredicted };
  }

  /** The oracle takes on what the service's answer implies; an acknowledged write is remembered for the consistency window. */
  #settle(operation: OperationName, sent: Sent, judged: Judged): void {
    const answer = answerOf(sent.outcome);
    if (answer === undefined) return;
    this.deps.oracle.settle(answer, judged.asPredicted);
    if (answer.ok && !OPERATIONS[operation].readonly) this.#window.recordWrite(judged.before);
  }

  async #sendOnce(operation: OperationName, input: Readonly<Record<string, unknown>>, coverage: Coverage, essential: boolean): Promise<Outcome> {
    if (essential) this.deps.budget.spendEssential();
    else this.deps.budget.spend();
    const outcome = await this.deps.target.send(operation, input);
    this.#emitCase(operation, input, outcome, coverage);
    if (!outcome.ok && outcome.error.kind === "infrastructure") throw new InfrastructureError(outcome.error.message);
    return outcome;
  }

  /** Adds findings made by a property's own checks. Observations are reported at once; failures
   *  wait for fast-check to shrink the case, so only the smallest counterexample's are reported. */
  record(findings: readonly Finding[]): void {
    this.#findings.push(...findings);
    for (const f of findings) if (f.severity === "observation") this.#emit(findingEvent(this.deps.property, f));
  }

  /** A case that proved nothing (a spent budget, persistent throttling): counted and listed, never dropped silently. */
  inconclusive(reason: string): void {
    this.#inconclusive++;
    this.#emit({ type: "inconclusive", at: new Date().toISOString(), property: this.deps.property, reason });
  }

  /** Cases of this runner's property that proved nothing. */
  get inconclusiveCases(): number {
    return this.#inconclusive;
  }

  /** The coverage plan, stated before it runs. */
  announce(plan: Omit<PlanEvent, "type" | "at">): void {
    this.deps.emit({ type: "plan", at: new Date().toISOString(), ...plan });
  }

  /** Requests the budget leaves, if it has a limit. */
  get budgetLeft(): number | undefined {
    return this.deps.budget.remaining();
  }

  /** The run's budget is spent: a case that has not started yet is no case at all. */
  get budgetSpent(): boolean {
    return this.deps.budget.exhausted !== undefined;
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

  /**
   * A case event per request. Coverage is what reached the service: the input's tags read off what was sent,
   * and the caller's own (a transition, a planted defect); a request the client never sent marks them unsent.
   */
  #emitCase(operation: OperationName, input: Readonly<Record<string, unknown>>, outcome: Outcome, coverage: Coverage): void {
    const own = [...coverageTags(operation, outcome.trace.sent ?? input), ...(typeof coverage === "function" ? coverage(outcome) : coverage)];
    this.#emit({
      type: "case",
      property: this.deps.property,
      operation,
      coverage: reachedService(outcome) ? own : own.map((tag) => (tag.startsWith(UNSENT) ? tag : `${UNSENT}${tag}`)),
      result: outcome.ok ? "ok" : outcome.error.name,
      ...(outcome.ok || outcome.error.status === undefined ? {} : { status: outcome.error.status }),
      durationMs: outcome.trace.durationMs,
      attempts: outcome.trace.attempts,
      transient: transientErrorsIn(outcome),
    });
  }
}
