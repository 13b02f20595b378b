/**
 * Folds run events into a RunSummary. The builder keeps counters rather than events, so a live run of
 * millions of cases stays small in memory; `summary()` returns a fresh plain-data snapshot each time. Calls
 * count the same whether they come one by one (`case`, live) or counted (`cases`, from the event log), and a
 * property's ends over exploration's rounds fold into one (`foldPropertyEnd`), so the log's reports are the run's.
 */
import { CoverageLedger } from "../events/CoverageLedger.ts";
import { FindingBuckets } from "../events/FindingBuckets.ts";
import { sumRuleTallies } from "../events/RuleEvidence.ts";
import type { OperationTally, PlanEvent, PropertyEnd, RuleChangeEvent, RunEnd, RunEvent, RunStart } from "../events/runEvent.ts";
import { CaseTally } from "./CaseTally.ts";
import { foldPropertyEnd } from "./foldPropertyEnd.ts";
import { ruleSummaries } from "./ruleSummaries.ts";
import type { Count, ErrorCoverage, InconclusiveSummary, OperationSummary, PlanSummary, PropertySummary, RunSummary } from "./runSummary.ts";

export interface SummaryBuilder {
  add(event: RunEvent): void;
  summary(): RunSummary;
}

interface PropertyState {
  property: string;
  description: string;
  startedAt?: string;
  checks: Set<string>;
  calls: number;
  end?: PropertyEnd;
  /** The fingerprints it hit, in order. */
  findings: Set<string>;
}

export function summarize(events: Iterable<RunEvent>): RunSummary {
  const builder = createSummaryBuilder();
  for (const event of events) builder.add(event);
  return builder.summary();
}

export function createSummaryBuilder(): SummaryBuilder {
  let start: RunStart | undefined;
  let end: RunEnd | undefined;
  let lastAt: string | undefined;
  let rounds = 0;
  const properties = new Map<string, PropertyState>();
  const calls = new CaseTally();
  const infrastructure: string[] = [];
  const inconclusive = new Map<string, InconclusiveSummary>();
  const buckets = new FindingBuckets();
  const lag = { reads: 0, unsettled: 0, longestMs: 0 };
  let plan: PlanEvent | undefined;
  const changes: RuleChangeEvent[] = [];

  const property = (name: string): PropertyState => {
    let state = properties.get(name);
    if (!state) {
      state = { property: name, description: "", checks: new Set(), calls: 0, findings: new Set() };
      properties.set(name, state);
    }
    return state;
  };


  return {
    add(event) {
      if ("at" in event) lastAt = event.at;
      switch (event.type) {
        case "run.start": start = event; break;
        case "property.start": {
          const state = property(event.property);
          state.description = event.description;
          state.startedAt ??= event.at;
          for (const check of event.checks ?? []) state.checks.add(check);
          break;
        }
        case "round": rounds = Math.max(rounds, event.round); break;
        case "case": property(event.property).calls += 1; calls.add(event); break;
        case "cases": {
          const before = calls.calls;
          calls.merge(event.operations);
          property(event.property).calls += calls.calls - before;
          break;
        }
        case "progress": break;
        case "plan": plan = event; break;
        case "finding": {
          const state = property(event.property);
          for (const check of event.checks) state.checks.add(check.check);
          state.findings.add(event.fingerprint);
          buckets.add(event);
          break;
        }
        case "property.end": {
          const state = property(event.property);
          state.end = foldPropertyEnd(state.end, event);
          for (const fingerprint of Object.keys(event.hits ?? {})) state.findings.add(fingerprint);
          buckets.addEnd(event);
          break;
        }
        case "rule.change": changes.push(event); break;
        case "infrastructure": infrastructure.push(event.message); break;
        case "inconclusive": {
          const key = `${event.property}\u0000${event.reason}`;
          const seen = inconclusive.get(key);
          inconclusive.set(key, { property: event.property, reason: event.reason, count: (seen?.count ?? 0) + 1 });
          break;
        }
        case "lag":
          lag.reads += 1;
          if (!event.settled) lag.unsettled += 1;
          lag.longestMs = Math.max(lag.longestMs, event.lagMs);
          break;
        case "run.end": end = event; break;
      }
    },
    summary() {
      const counted = calls.snapshot();
      const propertyList = [...properties.values()].map((state) => propertySummary(state, buckets));
      const findings = buckets.list();
      const operationList = counted.map(operationSummary);
      const coverage = new Map<string, number>();
      const ledger = new CoverageLedger();
      for (const op of counted) {
        for (const [tag, count] of Object.entries(op.coverage)) coverage.set(tag, (coverage.get(tag) ?? 0) + count);
        ledger.addTally(op);
      }
      const startMs = start ? Date.parse(start.at) : NaN;
      const lastMs = lastAt ? Date.parse(lastAt) : NaN;
      return {
        ...(start ? { start } : {}),
        ...(end ? { end } : {}),
        ...(lastAt ? { lastAt } : {}),
        verdict: end ? end.verdict : "incomplete",
        mode: start?.mode ?? "run",
        rounds,
        durationMs: end ? end.durationMs : Number.isFinite(lastMs - startMs) ? Math.max(0, lastMs - startMs) : 0,
        calls: calls.calls,
        cases: propertyList.reduce((sum, p) => sum + (p.end?.numRuns ?? 0), 0),
        properties: propertyList,
        findings,
        failures: buckets.failures,
        observations: buckets.observations,
        coverage: counts(coverage),
        coverageMissing: (start?.coverageTags ?? []).filter((tag) => !coverage.has(tag)),
        operations: operationList,
        errorCoverage: errorCoverage(start?.documentedErrors ?? {}, operationList),
        rules: ruleSummaries(start?.rules ?? [], sumRuleTallies([...properties.values()].map((p) => p.end?.rules))),
        ruleChanges: [...changes],
        infrastructure: [...infrastructure],
        wire: start?.onWire ?? false,
        inconclusive: [...inconclusive.values()],
        inconclusiveCases: [...inconclusive.values()].reduce((sum, i) => sum + i.count, 0),
        lag: { ...lag },
        ...(plan ? { plan: planSummary(plan, ledger) } : {}),
      };
    },
  };
}

/** Each class of the plan hit or not, and why not: left out up front, never sent, answered otherwise, or not reached. */
function planSummary(plan: PlanEvent, ledger: CoverageLedger): PlanSummary {
  const leftOut = new Map(plan.leftOut.map((l) => [l.id, l.reason]));
  const missed = plan.classes.filter((c) => !ledger.hit(c)).map((c) => ({
    id: c.id, description: c.description,
    why: leftOut.get(c.id) ?? ledger.missedBecause(c) ?? "not reached: the run stopped before it, or its episode ended at an earlier failure",
  }));
  const hitClasses = plan.classes.filter((c) => ledger.hit(c)).map((c) => ({ id: c.id, description: c.description }));
  return { total: plan.classes.length, hit: hitClasses.length, requests: plan.requests,
    ...(plan.budget === undefined ? {} : { budget: plan.budget }), missed, hitClasses };
}

function counts(map: ReadonlyMap<string, number> | Readonly<Record<string, number>>): Count[] {
  const entries = map instanceof Map ? [...map.entries()] : Object.entries(map);
  return entries.map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name));
}

function propertySummary(state: PropertyState, buckets: FindingBuckets): PropertySummary {
  return {
    property: state.property,
    description: state.description,
    ...(state.startedAt ? { startedAt: state.startedAt } : {}),
    checks: [...state.checks].sort(),
    calls: state.calls,
    ...(state.end ? { end: state.end } : {}),
    findings: [...state.findings].flatMap((fingerprint) => buckets.get(fingerprint)?.number ?? []).sort((a, b) => a - b),
  };
}

function operationSummary(op: OperationTally): OperationSummary {
  return {
    operation: op.operation,
    calls: op.calls,
    results: counts(op.results),
    transient: counts(op.transient),
    latency: { buckets: [...op.latencyBuckets], count: op.calls, totalMs: op.totalMicros / 1000, maxMs: op.maxMs },
  };
}

/** Transient errors count as observed: the target did answer with them, even if a retry then succeeded. */
function errorCoverage(documented: Readonly<Record<string, readonly string[]>>, operations: readonly OperationSummary[]): ErrorCoverage[] {
  const names = new Set([...Object.keys(documented), ...operations.map((o) => o.operation)]);
  return [...names].sort().map((operation) => {
    const isDocumented = Object.hasOwn(documented, operation);
    const listed = isDocumented ? documented[operation] ?? [] : [];
    const op = operations.find((o) => o.operation === operation);
    const seen = new Map<string, number>();
    for (const entry of [...(op?.results ?? []), ...(op?.transient ?? [])]) {
      if (entry.name !== "ok") seen.set(entry.name, (seen.get(entry.name) ?? 0) + entry.count);
    }
    return {
      operation,
      documented: isDocumented,
      observed: counts(seen).filter((c) => listed.includes(c.name)),
      neverObserved: listed.filter((name) => !seen.has(name)),
      undocumented: counts(seen).filter((c) => !listed.includes(c.name)),
    };
  });
}
