/**
 * A property's ends over exploration's rounds as one end: what the reports show for it, and what the event log
 * writes instead of the passing ends of later rounds. Runs, time, inconclusive cases and the cases that hit each finding add up; the first failure
 * stays the property's verdict, with its seed, path, counterexample and replay; without one, the latest round's.
 * Its rules' evidence adds up too.
 * The time adds up in whole microseconds, so folding in any grouping gives the same end, and a log's reports equal
 * the live run's.
 */
import { sumRuleTallies } from "../events/RuleEvidence.ts";
import type { PropertyEnd } from "../events/runEvent.ts";

const micros = (ms: number) => Math.round(ms * 1000);

export function foldPropertyEnd(previous: PropertyEnd | undefined, next: PropertyEnd): PropertyEnd {
  if (previous === undefined) return next;
  const chosen = previous.verdict === "failed" ? previous : next;
  const verdicts = [previous.verdict, next.verdict];
  const inconclusive = (previous.inconclusive ?? 0) + (next.inconclusive ?? 0);
  const { inconclusive: _i, interrupted: _s, hits: _h, rules: _r, ...rest } = chosen;
  const rules = sumRuleTallies([previous.rules, next.rules]);
  const hits = { ...previous.hits };
  for (const [fingerprint, cases] of Object.entries(next.hits ?? {})) hits[fingerprint] = (hits[fingerprint] ?? 0) + cases;
  return {
    ...rest,
    at: previous.at > next.at ? previous.at : next.at,
    verdict: verdicts.includes("failed") ? "failed" : verdicts.includes("passed") ? "passed" : "inconclusive",
    numRuns: previous.numRuns + next.numRuns,
    durationMs: (micros(previous.durationMs) + micros(next.durationMs)) / 1000,
    ...(inconclusive > 0 ? { inconclusive } : {}),
    ...(Object.keys(hits).length > 0 ? { hits } : {}),
    ...(rules ? { rules } : {}),
    ...(previous.interrupted || next.interrupted ? { interrupted: true } : {}),
  };
}
