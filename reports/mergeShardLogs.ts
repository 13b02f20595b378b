/**
 * Merges the event logs of a run's shards into the log of the run they are parts of, so every report (JUnit,
 * Markdown, HTML, one trend entry) is built from it as from one run's. A part that is missing, or a log that
 * ends before its run did, is reported as such, so a merge never passes on cases that did not run.
 */
import { ownsPosition, shardLabel, WHOLE_RUN, type Shard } from "../events/Shard.ts";
import { FindingBuckets } from "../events/FindingBuckets.ts";
import { sumRuleTallies } from "../events/RuleEvidence.ts";
import type { FindingEvent, PlanEvent, PropertyEnd, RoundEvent, RunEnd, RunEvent, RunStart } from "../events/runEvent.ts";

export interface ShardLog {
  /** Where the log came from, for messages. */
  readonly source: string;
  readonly events: readonly RunEvent[];
}

/** Logs that cannot be parts of one run: a different seed, target or split, or one part given twice. */
export class ShardMismatch extends Error {}

/** What must agree between the parts of one run. */
const SAME_RUN: readonly (keyof RunStart)[] = ["seed", "target", "strict", "runs"];

/** A run's command without the --shard it was given. */
const withoutShard = (command: string) => command.replace(/\s--shard\s+\d+\/\d+/gu, "");

interface Part {
  readonly source: string;
  readonly start: RunStart;
  readonly shard: Shard;
  readonly events: readonly RunEvent[];
  readonly end?: RunEnd;
}

function partOf(log: ShardLog): Part {
  const start = log.events.find((e): e is RunStart => e.type === "run.start");
  if (start === undefined) throw new ShardMismatch(`${log.source} holds no run.start: it is not the event log of a run`);
  const end = log.events.find((e): e is RunEnd => e.type === "run.end");
  return { source: log.source, start, shard: start.shard ?? WHOLE_RUN, events: log.events, ...(end ? { end } : {}) };
}

/** The parts, checked to be of one run and to be parts of `whole`, in shard order; and the parts missing. */
function checkedParts(logs: readonly ShardLog[], whole: Shard): { parts: Part[]; missing: Shard[] } {
  const parts = logs.map(partOf).sort((a, b) => a.shard.index - b.shard.index);
  const [first] = parts;
  if (first === undefined) throw new ShardMismatch("no event log to merge");
  for (const part of parts) {
    for (const key of SAME_RUN) {
      if (part.start[key] !== first.start[key]) {
        throw new ShardMismatch(`${part.source} and ${first.source} are not parts of one run: ${key} ${String(part.start[key])} and ${String(first.start[key])}`);
      }
    }
    if (part.shard.count !== first.shard.count) {
      throw new ShardMismatch(`${part.source} is shard ${shardLabel(part.shard)} and ${first.source} shard ${shardLabel(first.shard)}: parts of different splits`);
    }
  }
  const count = first.shard.count;
  if (count % whole.count !== 0) throw new ShardMismatch(`shards of ${count} cannot make up shard ${shardLabel(whole)}`);
  const wanted = Array.from({ length: count }, (_, i) => i + 1).filter((index) => ownsPosition(whole, index - 1));
  const seen = new Map<number, string>();
  for (const part of parts) {
    const twice = seen.get(part.shard.index);
    if (twice !== undefined) throw new ShardMismatch(`shard ${shardLabel(part.shard)} is given twice: ${twice} and ${part.source}`);
    if (!wanted.includes(part.shard.index)) throw new ShardMismatch(`${part.source} is shard ${shardLabel(part.shard)}, not a part of ${shardLabel(whole)}`);
    seen.set(part.shard.index, part.source);
  }
  return { parts, missing: wanted.filter((index) => !seen.has(index)).map((index) => ({ index, count })) };
}

/** fast-check's path starts with the position of the failing case. */
const position = (end: PropertyEnd) => Number(end.path?.split(":")[0] ?? Infinity);

/** A property's events in one part: the first round's (the run's seed, split between the parts), and any later exploration rounds'. */
interface Rounds {
  readonly first: { events: RunEvent[]; ends: PropertyEnd[] };
  readonly later: { events: RunEvent[]; ends: PropertyEnd[] };
}

/** Where a whole run would have stopped the property's first round: at its earliest failing case. */
function cutOf(rounds: Rounds): number | undefined {
  const failing = rounds.first.ends.filter((e) => e.verdict === "failed").map(position).filter(Number.isFinite);
  return failing.length > 0 ? Math.min(...failing) : undefined;
}

/**
 * A property's parts as one run's. In the first round a whole run stops at its earliest failing case, so
 * what the parts ran past it (their cases, findings and later failures) is not the run's; its cases are the
 * positions up to it. The failure reported is that case's, then the earliest of later rounds.
 */
function mergedProperty(rounds: Rounds): { events: RunEvent[]; end?: PropertyEnd } {
  const cut = cutOf(rounds);
  const within = (event: RunEvent) => cut === undefined || !("position" in event) || event.position === undefined || event.position <= cut;
  const firstEnds = cut === undefined ? rounds.first.ends : rounds.first.ends.filter((e) => e.verdict === "failed" && position(e) === cut);
  const ends = [...firstEnds, ...rounds.later.ends];
  const events = [...rounds.first.events.filter(within), ...rounds.later.events];
  const failed = [...firstEnds.filter((e) => e.verdict === "failed"), ...rounds.later.ends.filter((e) => e.verdict === "failed").sort((a, b) => position(a) - position(b))];
  const [chosen = ends[0]] = failed;
  if (chosen === undefined) return { events };
  const all = [...rounds.first.ends, ...rounds.later.ends];
  const inconclusive = all.reduce((sum, e) => sum + (e.inconclusive ?? 0), 0);
  const firstRuns = cut === undefined ? rounds.first.ends.reduce((sum, e) => sum + e.numRuns, 0) : cut + 1;
  const hits: Record<string, number> = {};
  for (const e of ends) for (const [fingerprint, cases] of Object.entries(e.hits ?? {})) hits[fingerprint] = (hits[fingerprint] ?? 0) + cases;
  const { rules: _rules, ...chosenRest } = chosen;
  const rules = sumRuleTallies(ends.map((e) => e.rules));
  return { events, end: {
    ...chosenRest,
    at: all.map((e) => e.at).sort().at(-1) ?? chosen.at,
    verdict: failed.length > 0 ? "failed" : ends.some((e) => e.verdict === "passed") ? "passed" : "inconclusive",
    numRuns: firstRuns + rounds.later.ends.reduce((sum, e) => sum + e.numRuns, 0),
    // In whole microseconds, as foldPropertyEnd adds them: a part's log holds its later rounds' ends folded, and
    // the merge of the folded ends is the merge of the ends.
    durationMs: all.reduce((sum, e) => sum + Math.round(e.durationMs * 1000), 0) / 1000,
    ...(inconclusive > 0 ? { inconclusive } : {}),
    ...(Object.keys(hits).length > 0 ? { hits } : {}),
    ...(rules ? { rules } : {}),
    ...(all.some((e) => e.interrupted) ? { interrupted: true } : {}),
  } };
}

/** One plan: the classes every part announced, the budgets added up, a class left out when any part left it out (it is reported only if no part hit it). */
function mergedPlan(plans: readonly PlanEvent[]): PlanEvent | undefined {
  const [first] = plans;
  if (first === undefined) return undefined;
  const leftOut = new Map<string, string>();
  for (const entry of plans.flatMap((p) => p.leftOut)) if (!leftOut.has(entry.id)) leftOut.set(entry.id, entry.reason);
  const budgets = plans.map((p) => p.budget);
  return { ...first, leftOut: [...leftOut].map(([id, reason]) => ({ id, reason })),
    ...(budgets.every((b) => b !== undefined) ? { budget: budgets.reduce((sum, b) => sum + b, 0) } : {}) };
}

/**
 * An exploration's rounds: the first, which the parts split case by case, once; then every part's later rounds,
 * each a whole round on a seed of its own, numbered on.
 */
function mergedRounds(parts: readonly Part[]): RoundEvent[] {
  const rounds = parts.flatMap((p) => p.events.filter((e): e is RoundEvent => e.type === "round"));
  const first = rounds.find((r) => r.round === 1);
  return [...(first ? [first] : []), ...rounds.filter((r) => r.round > 1).map((r, i) => ({ ...r, round: i + 2 }))];
}


/** The run's end from its parts' ends and the merged events: failed when the merged run holds a failure. */
function mergedRunEnd(parts: readonly Part[], problems: readonly string[], merged: readonly RunEvent[], at: string): RunEnd {
  const ends = parts.flatMap((p) => (p.end ? [p.end] : []));
  // Counted as a run counts them: the findings folded into buckets, one per defect.
  const buckets = new FindingBuckets();
  for (const event of merged) if (event.type === "finding") buckets.add(event as FindingEvent);
  const failures = buckets.failures;
  const failed = failures > 0 || ends.some((e) => e.verdict === "failed") || merged.some((e) => e.type === "property.end" && e.verdict === "failed");
  // An interrupted part is an interrupted run, whatever it found: what ran is reported, and the exit code says so.
  const interrupted = ends.find((e) => e.verdict === "interrupted");
  const unjudged = ends.find((e) => e.verdict === "infrastructure-error" || e.verdict === "usage-error");
  const verdict: RunEnd["verdict"] = interrupted ? "interrupted" : failed ? "failed" : problems.length > 0 ? "infrastructure-error" : unjudged?.verdict ?? "passed";
  const exitCode = interrupted ? interrupted.exitCode : failed ? 1 : unjudged?.exitCode ?? (problems.length > 0 ? 3 : 0);
  const notRun = [...new Set(ends.flatMap((e) => e.notRun ?? []))];
  const stoppedBy = interrupted ? "interrupted" : ends.find((e) => e.stoppedBy !== undefined)?.stoppedBy;
  return { type: "run.end", at, verdict, exitCode, durationMs: Math.max(0, ...ends.map((e) => e.durationMs)),
    failures, observations: buckets.observations, ...(interrupted?.signal ? { signal: interrupted.signal } : {}),
    ...(stoppedBy ? { stoppedBy, notRun } : notRun.length > 0 ? { notRun } : {}) };
}

/**
 * The log of shard `whole` (the whole run by default) from the logs of its parts: one run.start and run.end,
 * one plan, per property its start, every call (listed or counted), finding and lag of every part, and one end;
 * then an exploration's rounds.
 */
export function mergeShardLogs(logs: readonly ShardLog[], whole: Shard = WHOLE_RUN): RunEvent[] {
  const { parts, missing } = checkedParts(logs, whole);
  const first = parts[0] as Part;
  const all = parts.flatMap((p) => p.events);
  const ats = all.flatMap((e) => ("at" in e ? [e.at] : [])).sort();
  const problems = [
    ...missing.map((shard) => `shard ${shardLabel(shard)}: no event log was given, so its cases are not in this report`),
    ...parts.filter((p) => p.end === undefined).map((p) => `shard ${shardLabel(p.shard)} (${p.source}): the log ends before its run did`),
  ];
  const isWhole = whole.count === 1;
  const { shard: _part, ...common } = first.start;
  const start: RunStart = { ...common, at: ats[0] ?? first.start.at, ...(isWhole ? {} : { shard: whole }),
    command: withoutShard(first.start.command) + (isWhole ? "" : ` --shard ${shardLabel(whole)}`) };

  const properties: string[] = [];
  const byProperty = new Map<string, { start?: RunEvent } & Rounds>();
  const of = (property: string) => {
    let entry = byProperty.get(property);
    if (!entry) {
      entry = { first: { events: [], ends: [] }, later: { events: [], ends: [] } };
      byProperty.set(property, entry);
      properties.push(property);
    }
    return entry;
  };
  const infrastructure: RunEvent[] = [];
  for (const part of parts) {
    const ended = new Set<string>();
    const round = (property: string) => of(property)[ended.has(property) ? "later" : "first"];
    for (const event of part.events) {
      switch (event.type) {
        case "property.start": { const entry = of(event.property); entry.start ??= event; break; }
        case "property.end": round(event.property).ends.push(event); ended.add(event.property); break;
        // A part's `cases` lines count a property's calls after its first end: later rounds, which are kept whole.
        case "case": case "cases": case "finding": case "inconclusive": case "lag": round(event.property).events.push(event); break;
        case "infrastructure": infrastructure.push({ ...event, message: `shard ${shardLabel(part.shard)}: ${event.message}` }); break;
        case "run.start": case "run.end": case "plan": case "round": case "progress": break;
      }
    }
  }
  // Properties in the order a run reports them: by their ends (the parents' lifecycle last), then any unended.
  const ended = [...new Set(all.flatMap((e) => (e.type === "property.end" ? [e.property] : [])))];
  const order = [...ended, ...properties.filter((p) => !ended.includes(p))];
  const plan = mergedPlan(all.filter((e): e is PlanEvent => e.type === "plan"));
  const at = ats.at(-1) ?? start.at;
  const body: RunEvent[] = [
    start,
    ...(plan ? [plan] : []),
    ...order.flatMap((property) => {
      const entry = byProperty.get(property);
      if (!entry) return [];
      const { events, end } = mergedProperty(entry);
      return [...(entry.start ? [entry.start] : []), ...events, ...(end ? [end] : [])];
    }),
    // After the properties, so a console reading the merged run prints their lines before the rounds'.
    ...mergedRounds(parts),
    ...infrastructure,
    ...problems.map((message): RunEvent => ({ type: "infrastructure", at, message })),
  ];
  return [...body, mergedRunEnd(parts, problems, body, at)];
}
