import { EMPTY_STATE } from "../model/index.ts";
import { EXPLORE_SUITE } from "../properties/defaultSuite.ts";
import { exploreSuite } from "../properties/exploreSuite.ts";
import { Oracle } from "../properties/Oracle.ts";
import { RunBudget } from "../properties/RunBudget.ts";
import type { Target } from "../targets/target.ts";
import { LOCAL_ENV, contract } from "./propertyLoop.ts";

export interface MemoryProfile {
  readonly seconds: number;
  readonly rounds: number;
  readonly cases: number;
  /** Resident set size in MiB: before the first round, after the first tenth of the time, at the end, the peak. */
  readonly rss: { readonly start: number; readonly early: number; readonly end: number; readonly peak: number };
}

const mib = () => process.memoryUsage().rss / 2 ** 20;

/**
 * An exploratory run as `run --explore` makes one: the exploration's stateful-lifecycle (longer sequences)
 * round after round with fresh seeds on one target, until the time budget is spent, sampling RSS after
 * every round to show whether memory stays flat.
 */
export async function exploreMemory(target: Target, seconds: number): Promise<MemoryProfile> {
  const properties = EXPLORE_SUITE.filter((p) => p.name === "stateful-lifecycle");
  const started = performance.now();
  const start = mib();
  let cases = 0, seed = 1, early: number | undefined, peak = start;
  const result = await exploreSuite({
    target, oracle: new Oracle(LOCAL_ENV, EMPTY_STATE), contract, properties, numRuns: 100, strict: false,
    budget: new RunBudget({ deadline: started + seconds * 1000 }), nextSeed: () => seed++,
    sink: { emit: (e) => { if (e.type === "case") cases++; }, close: async () => {} }, replayCommand: () => "",
    afterRound: () => {
      const now = mib();
      peak = Math.max(peak, now);
      if (early === undefined && performance.now() - started >= seconds * 100) early = now;
    },
  });
  const end = mib();
  return { seconds: (performance.now() - started) / 1000, rounds: result.rounds, cases, rss: { start, early: early ?? end, end, peak: Math.max(peak, end) } };
}
