import type { RuleChangeEvent } from "../events/runEvent.ts";
import type { RuleConfidence, RuleTally } from "../events/RuleTally.ts";
import type { HistoryEntry } from "./history.ts";
import { ruleRunState, type RuleRunState } from "./ruleLedger.ts";

/** How many runs in a row a rule must have behaved one way before the other way is news. */
export const DEFAULT_CHANGE_RUNS = 3;

const day = (at: string) => at.slice(0, 10);
const diverges = (state: RuleRunState) => state !== "held";

/** The service's latest runs that exercised the rule and behaved as the latest did, oldest first. */
function streakOf(previous: readonly HistoryEntry[], rule: string): { state: RuleRunState; runs: number; lastSeen: string } | undefined {
  const runs = previous.flatMap((e) => { const tally = e.rules?.[rule]; return tally ? [{ at: e.at, state: ruleRunState(tally) }] : []; });
  const last = runs.at(-1);
  if (last === undefined) return undefined;
  const broken = [...runs].reverse().findIndex((r) => diverges(r.state) !== diverges(last.state));
  return { state: last.state, runs: broken === -1 ? runs.length : broken, lastSeen: last.at };
}

/**
 * What this run shows that the ledger's latest runs of the same service did not: a rule that held in at least
 * `minRuns` runs in a row now diverges, or the reverse; an accepted rule holds again, or diverges with a
 * fingerprint not accepted (whatever the count, since the user acted on it). Rules this run did not exercise
 * are no news, and documented ones are left out: a divergence from one is a failure of the service already.
 */
export function ruleChanges(previous: readonly HistoryEntry[], run: Readonly<Record<string, RuleTally>> | undefined,
  accepted: Readonly<Record<string, readonly string[]>>, at: string, confidence: (rule: string) => RuleConfidence | undefined,
  minRuns = DEFAULT_CHANGE_RUNS): RuleChangeEvent[] {
  return Object.entries(run ?? {}).filter(([rule]) => confidence(rule) !== "documented").flatMap(([rule, tally]): RuleChangeEvent[] => {
    const now = ruleRunState(tally), streak = streakOf(previous, rule);
    const lastSeen = streak?.lastSeen ?? at, runs = streak?.runs ?? 0;
    const change = (was: RuleChangeEvent["was"], message: string): RuleChangeEvent[] =>
      [{ type: "rule.change", at, rule, was, now, runs, lastSeen, message: `${rule} ${message}` }];
    const fingerprints = Object.keys(tally.diverged).join(", ");
    if (accepted[rule] !== undefined) {
      if (now === "held") return change("accepted", `was accepted as the service does it, and holds again since ${day(at)}: the service changed back`);
      if (now === "refuted") return change("accepted", `diverges otherwise than accepted since ${day(at)}: ${fingerprints}`);
      return [];
    }
    if (streak === undefined || runs < minRuns || diverges(streak.state) === diverges(now)) return [];
    return diverges(now)
      ? change("held", `held in the ${runs} runs before (the last on ${day(lastSeen)}) and changed since ${day(at)}: it diverges in ${fingerprints}`)
      : change("refuted", `was refuted in the ${runs} runs before (the last on ${day(lastSeen)}) and changed since ${day(at)}: it holds now`);
  });
}
