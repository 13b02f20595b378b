import type { RuleInfo, RuleTally } from "../events/RuleTally.ts";
import type { RuleSummary } from "./runSummary.ts";

const callsOf = (counts: Readonly<Record<string, number>> | undefined) => Object.values(counts ?? {}).reduce((sum, n) => sum + n, 0);

/** Calls that diverged on a rule (accepted divergences apart). */
export const divergedCalls = (tally: RuleTally): number => callsOf(tally.diverged);

export const acceptedCalls = (tally: RuleTally): number => callsOf(tally.accepted);

/**
 * Every rule the run listed, in its order, then any other its calls named, each with its evidence: a rule no call
 * exercised is listed as such, since the ledger can learn nothing of it.
 */
export function ruleSummaries(known: readonly RuleInfo[], tallies: Readonly<Record<string, RuleTally>> | undefined): RuleSummary[] {
  const listed = new Set(known.map((r) => r.id));
  const extra = Object.keys(tallies ?? {}).filter((id) => !listed.has(id)).map((id) => ({ id }));
  return [...known, ...extra].map((rule) => {
    const tally = tallies?.[rule.id] ?? { held: 0, diverged: {} };
    return { ...rule, ...tally, exercised: tally.held + divergedCalls(tally) + acceptedCalls(tally) > 0 };
  });
}
