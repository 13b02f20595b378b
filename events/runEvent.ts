/**
 * The typed events a run emits. Report writers see only these, so any report can be rebuilt from a saved log:
 * the JSON Lines log holds every event but `progress` (the console's alone), and lists a property's `case` events
 * only until its first end: exploration's later rounds count them in `cases` events instead.
 */

import type { Finding, Severity } from "./Finding.ts";
import type { RuleInfo, RuleTally } from "./RuleTally.ts";
import type { Shard } from "./Shard.ts";

/** The AppFabric client a run drove: a nightly failure after an SDK upgrade is told from a service change by it. */
export interface ClientIdentity {
  /** `built-in`, or the package name (or path) the module was loaded as. */
  readonly source: string;
  /** Where the module resolved to, for a package or path. */
  readonly resolved?: string;
  /** The module's package version, when it has one. */
  readonly version?: string;
}

export interface RunStart {
  readonly type: "run.start";
  readonly runId: string;
  readonly at: string;
  readonly seed: number;
  readonly target: string;
  readonly strict: boolean;
  readonly runs: number;
  /** `run` (the default), `explore` (rounds with fresh seeds) or `replay` (one saved case): the trend compares runs of one mode. */
  readonly mode?: "run" | "explore" | "replay";
  readonly command: string;
  /** The harness's own version. */
  readonly harness?: string;
  readonly client?: ClientIdentity;
  /** Where the target answers: the live endpoint, `embedded emulator`, or `in process`. */
  readonly endpoint?: string;
  /** The target's calls cross HTTP, so each has an exchange on the wire to show. */
  readonly onWire?: boolean;
  /** Documented errors per operation, so reports can show which were never observed without importing contracts/. */
  readonly documentedErrors?: Readonly<Record<string, readonly string[]>>;
  /** Every coverage tag the generators can produce, so reports can show those never generated. */
  readonly coverageTags?: readonly string[];
  /** The part of the run this log holds; absent for a whole run. */
  readonly shard?: Shard;
  /** Every rule of the model with its confidence and source, so reports can list rules never exercised without importing model/. */
  readonly rules?: readonly RuleInfo[];
  /**
   * The service whose rule ledger this run teaches (`emulator`, `live 123456789012 us-east-1 at https://...`):
   * the live account and Region, or the harness's own target. Absent for a run that teaches none (a planted bug).
   */
  readonly service?: string;
  /** Rules the user accepted as the service does them (`--accept-observed`), each with the fingerprints accepted. */
  readonly accepted?: Readonly<Record<string, readonly string[]>>;
}

export interface PropertyStart {
  readonly type: "property.start";
  readonly at: string;
  readonly property: string;
  readonly description: string;
  /** Cases the property plans to run, for the console's progress bar and ETA. */
  readonly expectedCases?: number;
  /** The checks the property runs, so reports list passing checks too (JUnit gets a testcase per check). */
  readonly checks?: readonly string[];
}

export interface CaseEvent {
  readonly type: "case";
  readonly property: string;
  readonly operation: string;
  /** Input-space coverage tags, e.g. `branch:s3Bucket`, `bound:bucketName:max`, `defect:tooLong`. */
  readonly coverage: readonly string[];
  /** `ok`, or the error name the target answered with. */
  readonly result: string;
  readonly status?: number;
  readonly durationMs: number;
  readonly attempts: number;
  /** Transient documented errors (throttling, internal) absorbed by retries in this call. */
  readonly transient: readonly string[];
  /** The property's case that made it: fast-check's run index, the first number of its path (absent outside a property's cases). */
  readonly position?: number;
}

/**
 * The calls of one operation, counted: what a `cases` event keeps of many `case` events, all a report needs.
 * Maps go from a name to the calls that had it.
 */
export interface OperationTally {
  readonly operation: string;
  readonly calls: number;
  /** `ok`, or the error name answered. */
  readonly results: Readonly<Record<string, number>>;
  readonly transient: Readonly<Record<string, number>>;
  readonly coverage: Readonly<Record<string, number>>;
  /** The same, counting only calls without a planted defect (what valid-input coverage classes count). */
  readonly validCoverage: Readonly<Record<string, number>>;
  /** Calls per latency bucket (reports/latencyBuckets.ts: the bounds, then one open-ended bucket). */
  readonly latencyBuckets: readonly number[];
  /** Summed in whole microseconds, so sums of sums are exact and a log's totals equal the live run's. */
  readonly totalMicros: number;
  readonly maxMs: number;
}

/** A property's calls since its previous `cases` event, counted per operation: the log's form of its `case` events after its first end. */
export interface CasesEvent {
  readonly type: "cases";
  readonly at: string;
  readonly property: string;
  readonly operations: readonly OperationTally[];
}

/** A fast-check run of the running property ended: runs so far (skipped ones not counted) out of how many, and shrink steps after a failure. */
export interface ProgressEvent {
  readonly type: "progress";
  readonly property: string;
  readonly runs: number;
  readonly total: number;
  readonly shrinks: number;
}

/** An exploratory round begins: the suite once more, with this seed. */
export interface RoundEvent {
  readonly type: "round";
  readonly at: string;
  /** 1 for the first. */
  readonly round: number;
  readonly seed: number;
}

/**
 * One occurrence of a finding: the divergence of one call as every check that saw it graded it, with its evidence.
 * Findings with one fingerprint are one defect of the target, whichever properties, cases and calls hit it:
 * `events/FindingBuckets` folds them, and every report renders that fold.
 */
export interface FindingEvent extends Finding {
  readonly type: "finding";
  readonly at: string;
  readonly property: string;
  /** A failure's smallest counterexample: the property run's seed, fast-check path and the one-line command that replays it. */
  readonly seed?: number;
  readonly path?: string;
  readonly replay?: string;
  /** The property's case that made it: fast-check's run index, the first number of its path (absent outside a property's cases). */
  readonly position?: number;
}

/**
 * One class of the contract the coverage plan covers. A call hits it when it is of `operation` (any, when
 * absent), carries `tag` among its coverage and, when `result` is given, was answered that way; a class of
 * valid input (`valid`) is hit only by calls with no planted defect.
 */
export interface CoverageClass {
  readonly id: string;
  readonly description: string;
  readonly operation?: string;
  readonly tag?: string;
  readonly result?: string;
  readonly valid?: boolean;
}

/** The coverage plan, stated before it runs: every class, the requests it takes, and what the budget leaves out and why. */
export interface PlanEvent {
  readonly type: "plan";
  readonly at: string;
  readonly classes: readonly CoverageClass[];
  /** Requests the whole plan takes on a service that behaves as documented. */
  readonly requests: number;
  /** Requests the run's budget leaves for it; absent without a budget. */
  readonly budget?: number;
  readonly leftOut: readonly { readonly id: string; readonly reason: string }[];
}

/** A case that proved nothing (a spent budget, persistent throttling): counted and listed, never dropped silently. */
export interface InconclusiveEvent {
  readonly type: "inconclusive";
  readonly at: string;
  readonly property: string;
  readonly reason: string;
  /** The property's case that made it: fast-check's run index, the first number of its path (absent outside a property's cases). */
  readonly position?: number;
}

/** A read that disagreed only as a not-yet-visible write explains, sent again until it agreed or the consistency window ended. */
export interface LagEvent {
  readonly type: "lag";
  readonly at: string;
  readonly property: string;
  readonly operation: string;
  /** From the write that explained the disagreement to the read that agreed (or to the end of the window). */
  readonly lagMs: number;
  /** The read agreed within the window; otherwise its findings were reported. */
  readonly settled: boolean;
  /** The property's case that made it: fast-check's run index, the first number of its path (absent outside a property's cases). */
  readonly position?: number;
}

export interface PropertyEnd {
  readonly type: "property.end";
  readonly at: string;
  readonly property: string;
  /** `inconclusive`: not one case of the property proved anything (none ran, or each was cut short): never a pass. */
  readonly verdict: "passed" | "failed" | "inconclusive";
  readonly numRuns: number;
  /** Cases that proved nothing (a spent budget, persistent throttling), each also an `inconclusive` event. */
  readonly inconclusive?: number;
  readonly numShrinks: number;
  readonly durationMs: number;
  readonly seed: number;
  readonly path?: string;
  /** The property's own smallest failing value, as JSON text (what the corpus keeps). */
  readonly counterexample?: string;
  readonly replay?: string;
  /** The fingerprints of the findings the failing case hit. */
  readonly fingerprints?: readonly string[];
  /** Cases of this property (this round) that hit each finding, by fingerprint. */
  readonly hits?: Readonly<Record<string, number>>;
  /** The run's time or request budget ended this property before its planned cases. */
  readonly interrupted?: boolean;
  /** What its judged calls showed of each model rule they exercised, by rule id. */
  readonly rules?: Readonly<Record<string, RuleTally>>;
}

/**
 * A rule the service kept (or broke) run after run now does the other thing, or an accepted rule the service no
 * longer does as accepted: news for a nightly job, which it may alert on without the run failing.
 */
export interface RuleChangeEvent {
  readonly type: "rule.change";
  readonly at: string;
  readonly rule: string;
  /** What the ledger's latest runs showed, and what this run shows. */
  readonly was: "held" | "refuted" | "accepted";
  readonly now: "held" | "refuted" | "accepted";
  /** Runs in a row before this one that showed `was`, and when the last of them ran. */
  readonly runs: number;
  readonly lastSeen: string;
  /** In plain words, with the fingerprints that changed. */
  readonly message: string;
}

export interface InfrastructureEvent {
  readonly type: "infrastructure";
  readonly at: string;
  readonly message: string;
}

export interface RunEnd {
  readonly type: "run.end";
  readonly at: string;
  /** `interrupted`: a signal stopped the run; what ran is reported, and nothing is judged past it. */
  readonly verdict: "passed" | "failed" | "interrupted" | "infrastructure-error" | "usage-error";
  readonly exitCode: number;
  readonly durationMs: number;
  /** Distinct findings (events/FindingBuckets) graded failure, and observation: the numbers every surface shows. */
  readonly failures: number;
  readonly observations: number;
  /** What ended the run early (a budget, `--max-failures`, a signal), if anything did. */
  readonly stoppedBy?: "time-budget" | "max-requests" | "max-failures" | "interrupted";
  /** The signal that interrupted the run (SIGINT, SIGTERM). */
  readonly signal?: string;
  /** Properties the budget left unrun. */
  readonly notRun?: readonly string[];
}

export type RunEvent = RunStart | RoundEvent | PropertyStart | CaseEvent | CasesEvent | ProgressEvent | FindingEvent | InconclusiveEvent | LagEvent | PlanEvent
  | PropertyEnd | RuleChangeEvent | InfrastructureEvent | RunEnd;

/** Anything that consumes events as the run goes: a writer, the console, a test probe. */
export interface EventSink {
  emit(event: RunEvent): void;
  close(): Promise<void>;
}
