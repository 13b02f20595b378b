/**
 * The rule ledger: what the runs in a history showed of each model rule, per service (the live account and
 * Region, or the harness's own target), run by run, with a verdict in plain words. A run refutes a rule when any
 * of its calls diverged on it (divergences the user accepted apart), holds it when its calls exercised it and
 * none diverged; a run that never exercised a rule says nothing of it.
 */
import type { RuleConfidence, RuleTally } from "../events/RuleTally.ts";
import type { HistoryEntry } from "./history.ts";
import { acceptedCalls, divergedCalls } from "./ruleSummaries.ts";

export type RuleRunState = "held" | "refuted" | "accepted";

/** How long a rule must be refuted, run after run, before the ledger says it looks wrong. */
export const DEFAULT_REFUTED_RUNS = 3;

export function ruleRunState(tally: RuleTally): RuleRunState {
  return divergedCalls(tally) > 0 ? "refuted" : acceptedCalls(tally) > 0 ? "accepted" : "held";
}

export interface LedgerRun {
  readonly runId: string;
  readonly at: string;
  readonly state: RuleRunState;
  readonly tally: RuleTally;
}

export interface LedgerRow {
  readonly service: string;
  readonly rule: string;
  /** Oldest first. */
  readonly runs: readonly LedgerRun[];
  /** Runs that diverged on it, accepted divergences included. */
  readonly runsRefuted: number;
  readonly calls: { readonly held: number; readonly diverged: number; readonly accepted: number };
  /** The divergences' fingerprints over every run, with the calls that diverged so (accepted ones included). */
  readonly fingerprints: Readonly<Record<string, number>>;
  readonly example?: string;
  readonly verdict: string;
  /** Refuted in each of the latest runs, at least the configured number: the model's assumption looks wrong. */
  readonly looksWrong: boolean;
}

const day = (at: string) => at.slice(0, 10);
const diverges = (state: RuleRunState) => state !== "held";

/** The latest runs in a row that behaved as the last did (held, or diverged whether accepted or not). */
function trailing(runs: readonly LedgerRun[]): LedgerRun[] {
  const last = runs.at(-1);
  if (last === undefined) return [];
  const streak: LedgerRun[] = [];
  for (const run of [...runs].reverse()) {
    if (diverges(run.state) !== diverges(last.state)) break;
    streak.unshift(run);
  }
  return streak;
}

function verdictOf(rule: string, runs: readonly LedgerRun[], refutedRuns: number): { verdict: string; looksWrong: boolean } {
  const n = runs.length;
  const streak = trailing(runs);
  const refutedStreak = [...runs].reverse().findIndex((r) => r.state !== "refuted");
  const refutedLast = refutedStreak === -1 ? n : refutedStreak;
  const looksWrong = refutedLast >= refutedRuns;
  const prefix = looksWrong ? `this assumption looks wrong: ${rule} was refuted in the last ${refutedLast} runs; ` : "";
  const acceptedSince = runs.find((r) => r.state === "accepted");
  const accepted = acceptedSince ? `; accepted since ${day(acceptedSince.at)}, so diverging as accepted is expected` : "";
  if (streak.length === n) {
    return { looksWrong, verdict: diverges(runs[0]?.state ?? "held")
      ? `${prefix}refuted every time (${n} of ${n} runs): the model is probably wrong here${accepted}`
      : `held every time (${n} of ${n} runs)` };
  }
  const before = runs.slice(0, n - streak.length);
  const first = streak[0] as LedgerRun;
  const [was, now] = diverges(first.state) ? ["held", "refuted"] : ["refuted", "held"];
  if (trailing(before).length === before.length) {
    return { looksWrong, verdict: `${prefix}changed on ${day(first.at)}: ${was} in ${before.length} runs until ${day((before.at(-1) as LedgerRun).at)}, ${now} in the ${streak.length} since${accepted}` };
  }
  const held = runs.filter((r) => r.state === "held").length;
  return { looksWrong, verdict: `${prefix}mixed: held in ${held} runs, diverged in ${n - held}: nondeterministic, or the service changed more than once (last on ${day(first.at)})${accepted}` };
}

/**
 * Every rule with evidence in the history, per service, leaving out the documented ones (`confidence`): a
 * refuted documented rule is a failure of the service, not a question for the ledger.
 */
export function ruleLedger(history: readonly HistoryEntry[], confidence: (rule: string) => RuleConfidence | undefined,
  refutedRuns = DEFAULT_REFUTED_RUNS): LedgerRow[] {
  const grouped = new Map<string, { service: string; rule: string; runs: LedgerRun[] }>();
  for (const entry of history) {
    if (entry.service === undefined) continue;
    for (const [rule, tally] of Object.entries(entry.rules ?? {})) {
      if (confidence(rule) === "documented") continue;
      const key = `${entry.service}\u0000${rule}`;
      const group = grouped.get(key) ?? { service: entry.service, rule, runs: [] };
      group.runs.push({ runId: entry.runId, at: entry.at, state: ruleRunState(tally), tally });
      grouped.set(key, group);
    }
  }
  return [...grouped.values()].sort((a, b) => a.service.localeCompare(b.service) || a.rule.localeCompare(b.rule)).map(({ service, rule, runs }) => {
    const fingerprints: Record<string, number> = {};
    for (const { tally } of runs) {
      for (const [fingerprint, n] of [...Object.entries(tally.diverged), ...Object.entries(tally.accepted ?? {})]) fingerprints[fingerprint] = (fingerprints[fingerprint] ?? 0) + n;
    }
    const example = runs.map((r) => r.tally.example).filter((e) => e !== undefined).at(-1);
    return {
      service, rule, runs, runsRefuted: runs.filter((r) => diverges(r.state)).length, fingerprints, ...(example === undefined ? {} : { example }), ...verdictOf(rule, runs, refutedRuns),
      calls: { held: runs.reduce((s, r) => s + r.tally.held, 0), diverged: runs.reduce((s, r) => s + divergedCalls(r.tally), 0), accepted: runs.reduce((s, r) => s + acceptedCalls(r.tally), 0) },
    };
  });
}
