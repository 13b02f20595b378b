import { CoverageLedger } from "../../events/CoverageLedger.ts";
import type { CoverageClass, RunEvent } from "../../events/runEvent.ts";
import { ReferenceModel } from "../../model/index.ts";
import { handleTarget } from "../../targets/modelTarget.ts";
import { CallRunner } from "../CallRunner.ts";
import type { PropertyContext } from "../PropertyContext.ts";
import { RunBudget } from "../RunBudget.ts";
import { SpecCommand } from "../stateful/SpecCommand.ts";
import { runSequence } from "../statefulLifecycle.ts";
import type { PlanEpisode } from "./planEpisodes.ts";

/** What one episode takes and gives, rehearsed against the reference model. */
export interface MeasuredEpisode {
  readonly episode: PlanEpisode;
  readonly requests: number;
  /** The ids of the classes its calls hit. */
  readonly hits: ReadonlySet<string>;
}

/**
 * Rehearses the episodes, in order, against the reference model from the oracle's current state (the sandbox
 * as seeded, or the run's own parents): the requests each takes on a service that behaves as documented, and
 * the classes it hits. Nothing reaches the target. An episode that fails against the model is the plan's bug.
 */
export async function measurePlan(ctx: PropertyContext, episodes: readonly PlanEpisode[], classes: readonly CoverageClass[]): Promise<MeasuredEpisode[]> {
  const oracle = ctx.runner.oracle.fork();
  const model = new ReferenceModel(oracle.modelEnv(), oracle.state);
  let current = { requests: 0, ledger: new CoverageLedger() };
  const emit = (event: RunEvent) => {
    if (event.type !== "case") return;
    current.requests++;
    current.ledger.add(event);
  };
  const runner = new CallRunner({ target: handleTarget((operation, input) => model.handle(operation, input)), oracle, contract: ctx.contract,
    strict: false, property: "coverage-plan (rehearsal)", emit, budget: new RunBudget() });
  const rehearsal: PropertyContext = { ...ctx, runner };
  const measured: MeasuredEpisode[] = [];
  for (const episode of episodes) {
    current = { requests: 0, ledger: new CoverageLedger() };
    try {
      await runSequence(rehearsal, episode.commands.map((spec) => new SpecCommand(spec)));
    } catch (error) {
      throw new Error(`the coverage plan's episode "${episode.name}" fails against the reference model: ${error instanceof Error ? error.message : String(error)}`);
    }
    const { requests, ledger } = current;
    measured.push({ episode, requests, hits: new Set(classes.filter((c) => ledger.hit(c)).map((c) => c.id)) });
  }
  return measured;
}
