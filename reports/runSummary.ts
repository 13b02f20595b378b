/**
 * The plain-data summary of a run that every report file is rendered from. It is folded from events
 * (see summarize.ts), so a live run and a rebuild from a saved log render the same reports.
 */
import type { FindingBucket } from "../events/FindingBuckets.ts";
import type { PropertyEnd, RuleChangeEvent, RunEnd, RunStart } from "../events/runEvent.ts";
import type { RuleConfidence, RuleTally } from "../events/RuleTally.ts";

/** `incomplete`: the log has no run.end, e.g. the run was killed. */
export type RunVerdict = RunEnd["verdict"] | "incomplete";

export interface Count {
  readonly name: string;
  readonly count: number;
}

export interface PropertySummary {
  readonly property: string;
  readonly description: string;
  readonly startedAt?: string;
  /** Declared checks (PropertyStart.checks) and any check that reported a finding, sorted. */
  readonly checks: readonly string[];
  /** Calls its cases made. */
  readonly calls: number;
  /** Absent when the property never finished. */
  readonly end?: PropertyEnd;
  /** The numbers of the findings (RunSummary.findings) it hit, in order. */
  readonly findings: readonly number[];
}

export interface LatencySummary {
  /** Counts per bucket of LATENCY_BOUNDS_MS, plus one open-ended bucket at the end. */
  readonly buckets: readonly number[];
  readonly count: number;
  readonly totalMs: number;
  readonly maxMs: number;
}

export interface OperationSummary {
  readonly operation: string;
  readonly calls: number;
  /** `ok` or the error name answered, with counts. */
  readonly results: readonly Count[];
  /** Transient errors absorbed by retries, with counts. */
  readonly transient: readonly Count[];
  readonly latency: LatencySummary;
}

export interface ErrorCoverage {
  readonly operation: string;
  /** False when the run carried no documented error list for this operation. */
  readonly documented: boolean;
  readonly observed: readonly Count[];
  readonly neverObserved: readonly string[];
  /** Error names answered that are not in the documented list. */
  readonly undocumented: readonly Count[];
}

export interface RunSummary {
  readonly start?: RunStart;
  readonly end?: RunEnd;
  readonly verdict: RunVerdict;
  readonly mode: NonNullable<RunStart["mode"]>;
  /** Exploratory rounds begun; 0 outside exploration. */
  readonly rounds: number;
  /** The last timestamp seen; a cut-short log's duration is measured up to it. */
  readonly lastAt?: string;
  readonly durationMs: number;
  /** Calls sent to the target. */
  readonly calls: number;
  /** Cases run, over every property (fast-check's runs of their predicates, shrink steps not counted). */
  readonly cases: number;
  readonly properties: readonly PropertySummary[];
  /** The run's findings, one per defect (events/FindingBuckets), numbered in the order first seen. */
  readonly findings: readonly FindingBucket[];
  /** Findings graded failure, and observation: the numbers every surface shows. */
  readonly failures: number;
  readonly observations: number;
  readonly coverage: readonly Count[];
  /** Tags in RunStart.coverageTags that no case produced. */
  readonly coverageMissing: readonly string[];
  readonly operations: readonly OperationSummary[];
  readonly errorCoverage: readonly ErrorCoverage[];
  readonly infrastructure: readonly string[];
  /** Whether the target crosses the wire, so latency and transient faults mean something and findings have an exchange to show. */
  readonly wire: boolean;
  /** Cases that proved nothing, grouped by property and reason: listed, never dropped silently. */
  readonly inconclusive: readonly InconclusiveSummary[];
  readonly inconclusiveCases: number;
  /** Reads that lagged behind an acknowledged write (eventual consistency). */
  readonly lag: LagSummary;
  /** The coverage plan's classes hit and missed, when the run had a plan. */
  readonly plan?: PlanSummary;
  /** Every model rule the run knew of (RunStart.rules) and any its calls named, with what its calls showed of it. */
  readonly rules: readonly RuleSummary[];
  /** Rules the service now keeps or breaks otherwise than in the ledger's latest runs: news, not findings. */
  readonly ruleChanges: readonly RuleChangeEvent[];
}

/** One model rule in a run: its source, and what the judged calls showed of it (all zero when none exercised it). */
export interface RuleSummary extends RuleTally {
  readonly id: string;
  /** Absent for a rule the run's start did not list (a log from before rules were listed). */
  readonly confidence?: RuleConfidence;
  readonly source?: string;
  readonly exercised: boolean;
}

export interface PlanSummary {
  readonly total: number;
  readonly hit: number;
  /** Requests the whole plan takes, and those the budget left for it (absent without a budget). */
  readonly requests: number;
  readonly budget?: number;
  readonly missed: readonly { readonly id: string; readonly description: string; readonly why: string }[];
  /** The classes hit, so a report can list the whole plan. */
  readonly hitClasses: readonly { readonly id: string; readonly description: string }[];
}

export interface InconclusiveSummary {
  readonly property: string;
  readonly reason: string;
  readonly count: number;
}

export interface LagSummary {
  /** Reads sent again because a not-yet-visible write explained their disagreement. */
  readonly reads: number;
  /** Those still disagreeing when the consistency window ended (reported as findings). */
  readonly unsettled: number;
  readonly longestMs: number;
}
