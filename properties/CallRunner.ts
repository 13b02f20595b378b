import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { CaseEvent, InconclusiveEvent, LagEvent, PlanEvent } from "../events/runEvent.ts";
import type { ModelState } from "../model/index.ts";
import type { Outcome } from "../targets/outcome.ts";
import type { Target } from "../targets/target.ts";
import { caseEvent, type Coverage } from "./caseEvent.ts";
import { CaseLog } from "./CaseLog.ts";
import { CaseFailure, InfrastructureError, type Finding } from "./finding.ts";
import { FindingsStore } from "./FindingsStore.ts";
import type { Divergence } from "./judging/Divergence.ts";
import { judge, type Call, type Sent } from "./judging/judge.ts";
import type { JudgeEnv } from "./judging/JudgeState.ts";
import { lagging, recentStates } from "./judging/lagging.ts";
import { linearize } from "./judging/linearize.ts";
import type { Oracle } from "./Oracle.ts";
import type { Parents } from "./Parents.ts";
import type { RunBudget } from "./RunBudget.ts";
import { sendWithRounds } from "./sendWithRounds.ts";
import { untilVisible } from "./untilVisible.ts";

export interface CallRunnerDeps {
  readonly target: Target;
  /** The state every runner of the run shares: one target, one oracle. */
  readonly oracle: Oracle;
  readonly env: JudgeEnv;
  readonly store: FindingsStore;
  readonly property: string;
  readonly emit: (event: CaseEvent | InconclusiveEvent | LagEvent | PlanEvent) => void;
  readonly budget: RunBudget;
  /** What a judged call (or a property's own check) diverges in; the judgement's own by default. The gate judges differences instead. */
  readonly verdict?: (found: readonly Divergence[]) => readonly Divergence[];
  /** Whether a case stops at its first failure (default); the gate's setup and teardown run every call. */
  readonly stopsAtFailure?: boolean;
}

export interface CallOptions {
  readonly coverage?: Coverage;
  /** Cleanup and teardown: never refused by the budget, and run even after the case failed. */
  readonly essential?: boolean;
}

/**
 * Sends a property's calls (retries, budget, events), has each judged from the shared state, keeps the state
 * that happened, and gives the findings to the store: observations at once, a case's failures when it ends.
 */
export class CallRunner {
  readonly #log = new CaseLog();
  #inconclusive = 0;
  #position: number | undefined;

  constructor(private readonly deps: CallRunnerDeps) {}

  get model(): ModelState {
    return this.deps.oracle.model;
  }

  get windowMs(): number {
    return this.deps.env.windowMs;
  }

  #emit(event: CaseEvent | InconclusiveEvent | LagEvent): void {
    this.deps.emit(this.#position === undefined ? event : { ...event, position: this.#position });
  }

  /** The property's case about to run, by position (fast-check's run index): its events carry it, so a merge of shards can keep a whole run's. */
  enterCase(position: number | undefined): void {
    this.#position = position;
  }

  /** Opens a case (nested ones join the open one): its calls are the evidence of what it finds. */
  openCase(parents: Parents | undefined): void {
    this.#log.open(parents);
  }

  /** Closes a case; the outermost close counts the observations it met as one case's (failures count once shrunk). */
  closeCase(): void {
    const observed = this.#log.close();
    if (observed) this.deps.store.countCase(this.deps.property, observed);
  }

  /** Sends one call, judges it (reading again while a write not yet visible explains a failure), and keeps what it found. */
  async call(operation: OperationName, input: Readonly<Record<string, unknown>>, options: CallOptions = {}): Promise<Outcome> {
    if (!options.essential) this.failFast();
    // Judged from the state when the answer arrives, so a call never undoes one that ended while it was in flight.
    const judged = (sent: Sent) => {
      const call: Call = { operation, input, sent, at: Date.now() }, start = this.deps.oracle.state;
      return { call, start, judgement: judge(this.deps.env, start, call) };
    };
    const lags = (j: ReturnType<typeof judged>, recent: readonly ModelState[]) =>
      lagging(this.deps.env, j.start, j.call, j.judgement, this.deps.store.isFailure, recent);
    const first = judged(await this.send(operation, input, options));
    const last = await this.untilVisible(operation, first, (recent) => lags(first, recent), async (recent) => {
      const again = judged(await this.send(operation, input, options));
      return { value: again, lagging: lags(again, recent) };
    });
    this.deps.oracle.commit(last.judgement.next);
    this.#log.record(operation, last.call.sent.outcome.trace.sent ?? input, last.call.sent.outcome);
    this.deps.store.witness(this.deps.property, last.judgement.prediction, last.judgement.divergences);
    this.record(last.judgement.divergences);
    return last.call.sent.outcome;
  }

  /**
   * Calls that were in flight together, judged as one: the order that explains them is the one that happened.
   * Their rules' evidence is what they diverged in: which prediction they held to depends on the order chosen.
   */
  judgeTogether(calls: readonly Omit<Call, "at">[]): void {
    const divergences = this.learnFrom(calls);
    this.deps.store.witness(this.deps.property, undefined, divergences);
    this.record(divergences);
  }

  /** The state calls in flight together imply, kept without judging them (a case cut short still must leave the oracle in step); returns what they diverge in. */
  learnFrom(calls: readonly Omit<Call, "at">[]): readonly Divergence[] {
    const at = Date.now();
    const judged = linearize(this.deps.env, this.deps.oracle.state, calls.map((c) => ({ ...c, at })), this.deps.store.isFailure);
    this.deps.oracle.commit(judged.next);
    for (const call of calls) this.#log.record(call.operation, call.sent.outcome.trace.sent ?? call.input, call.sent.outcome);
    return judged.divergences;
  }

  /** A read (or a walk of reads) sent again while a write not yet visible explains its disagreement: see untilVisible. */
  untilVisible<T>(operation: OperationName, first: T, isLagging: (recent: readonly ModelState[]) => boolean,
    again: (recent: readonly ModelState[]) => Promise<{ readonly value: T; readonly lagging: boolean }>): Promise<T> {
    return untilVisible(recentStates(this.deps.env, this.deps.oracle.state, Date.now()), first, isLagging, again, (lagMs, settled) =>
      this.#emit({ type: "lag", at: new Date().toISOString(), property: this.deps.property, operation, lagMs, settled }));
  }

  /** A runner like this one with some of what it depends on replaced: the coverage plan rehearses over a copy of the state. */
  with(replace: (deps: CallRunnerDeps) => Partial<CallRunnerDeps>): CallRunner {
    return new CallRunner({ ...this.deps, ...replace(this.deps) });
  }

  /** Sends one call without judging it: transient failures are resent for a few rounds, every attempt is a `case` event. */
  send(operation: OperationName, input: Readonly<Record<string, unknown>>, options: CallOptions = {}): Promise<Sent> {
    return sendWithRounds(async (asked) => {
      if (options.essential) this.deps.budget.spendEssential();
      else this.deps.budget.spend();
      const outcome = await this.deps.target.send(operation, asked);
      this.#emit(caseEvent(this.deps.property, operation, asked, outcome, options.coverage ?? []));
      if (!outcome.ok && outcome.error.kind === "infrastructure") throw new InfrastructureError(outcome.error.message);
      return outcome;
    }, operation, input);
  }

  /** Keeps what the case diverged in (a judged call's, or a property's own check's): observations reported at once, failures until the case ends. */
  record(divergences: readonly Divergence[]): void {
    const kept = this.deps.verdict ? this.deps.verdict(divergences) : divergences;
    if (kept.length === 0) return;
    const observations = this.#log.keep(this.deps.store.findings(kept, this.#log.evidence()));
    this.deps.store.observe(this.deps.property, observations, this.#position);
  }

  /** A case that proved nothing (a spent budget, persistent throttling): counted and listed, never dropped silently. */
  inconclusive(reason: string): void {
    this.#inconclusive++;
    this.#emit({ type: "inconclusive", at: new Date().toISOString(), property: this.deps.property, reason });
  }

  get inconclusiveCases(): number { return this.#inconclusive; }

  /** The coverage plan, stated before it runs. */
  announce(plan: Omit<PlanEvent, "type" | "at">): void {
    this.deps.emit({ type: "plan", at: new Date().toISOString(), ...plan });
  }

  /** What the property may still spend: the coverage plan fits itself to it, and a case that has not started once it is spent is no case. */
  get budget(): RunBudget {
    return this.deps.budget;
  }

  hasFailed(): boolean {
    return this.#log.failures.length > 0;
  }

  /** Ends the case before its next call once it has failed, so a counterexample stops where it fails. */
  failFast(): void {
    if (this.hasFailed() && this.deps.stopsAtFailure !== false) throw new CaseFailure(this.#log.failures);
  }

  /** The case's failures so far, leaving none. */
  takeFailures(): Finding[] {
    return this.#log.takeFailures();
  }
}
