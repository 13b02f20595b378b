import { randomUUID } from "node:crypto";
import { CoverageLedger } from "../../events/CoverageLedger.ts";
import type { CoverageClass, RunEvent } from "../../events/runEvent.ts";
import { ReferenceModel } from "../../model/index.ts";
import { handleTarget } from "../../targets/modelTarget.ts";
import { FindingsStore } from "../FindingsStore.ts";
import { RunBudget } from "../RunBudget.ts";
import type { PropertyContext } from "../PropertyContext.ts";
import { runSequence } from "../stateful/runSequence.ts";
import { SpecCommand } from "../stateful/SpecCommand.ts";
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
  let current = { requests: 0, ledger: new CoverageLedger() };
  const emit = (event: RunEvent) => {
    if (event.type !== "case") return;
    current.requests++;
    current.ledger.add(event);
  };
  // Over a copy of the oracle's state, with fresh ids and the real clock, judging nothing that counts.
  const runner = ctx.runner.with((deps) => {
    const oracle = deps.oracle.fork();
    const model = new ReferenceModel({ ...oracle.options, now: () => new Date(), newId: randomUUID }, oracle.model);
    return { oracle, target: handleTarget((operation, input) => model.handle(operation, input)), env: { ...deps.env, windowMs: 0 },
      emit, store: new FindingsStore(false, () => {}), property: `${deps.property} (rehearsal)`, budget: new RunBudget() };
  });
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
