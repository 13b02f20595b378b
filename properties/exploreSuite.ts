import { FindingsStore } from "./FindingsStore.ts";
import { runSuite, type SuiteOptions, type SuiteResult } from "./runSuite.ts";
import { BudgetExhausted, type RunBudget } from "./RunBudget.ts";

export interface ExploreOptions extends Omit<SuiteOptions, "seed" | "budget"> {
  /** Shared by every round: exploration ends when it is spent (a time budget, usually). */
  readonly budget: RunBudget;
  /** A fresh seed for each round (exploreSeeds: from the run's seed, a stream of the shard's own). */
  readonly nextSeed: () => number;
  readonly afterRound?: () => void;
}

export interface ExploreResult extends SuiteResult {
  readonly rounds: number;
}

/**
 * Exploratory bug hunting: the suite again and again with fresh seeds until the budget is spent, every round's
 * findings going to one store (one bug found in ten rounds is one finding); the budget's `maxFailures` (as
 * in a single run) stops it early.
 */
export async function exploreSuite(options: ExploreOptions): Promise<ExploreResult> {
  const findings = options.findings ?? new FindingsStore(options.strict, options.sink.emit.bind(options.sink), options.accepted);
  let rounds = 0;
  let last: SuiteResult | undefined;
  do {
    try {
      // The corpus and the planned property are the same every round: the first covers them, the others hunt.
      // Shards split that first round case by case; after it each hunts whole rounds on seeds of its own.
      const first = rounds === 0;
      const seed = options.nextSeed();
      options.sink.emit({ type: "round", at: new Date().toISOString(), round: rounds + 1, seed });
      const { shard, ...rest } = options;
      last = await runSuite({ ...rest, seed, findings, corpus: first ? options.corpus ?? [] : [],
        ...(first && shard ? { shard } : {}),
        properties: first ? options.properties : options.properties.filter((p) => p.kind === "random") });
    } catch (error) {
      // The budget ran out while a round was setting up: that round never started.
      if (!(error instanceof BudgetExhausted) || last === undefined) throw error;
      break;
    }
    rounds++;
    options.afterRound?.();
  } while (last.stoppedBy === undefined);
  // Every round but the last ran in full: what the last one left unrun is no gap in the exploration.
  return { ...last, failures: findings.buckets.failures, observations: findings.buckets.observations, rounds, notRun: [],
    ...(options.budget.exhausted ?? last.stoppedBy ? { stoppedBy: options.budget.exhausted ?? last.stoppedBy } : {}) };
}
