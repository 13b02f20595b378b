import fc from "fast-check";
import { CaseFailure } from "../finding.ts";
import { provisionIngestion, removeIngestion } from "../provisionParents.ts";
import type { PropertyContext } from "../PropertyContext.ts";
import { BudgetExhausted } from "../RunBudget.ts";
import { runCase } from "../runCase.ts";
import { Inconclusive } from "../sendWithRounds.ts";
import type { CommandSpec } from "./commandSpec.ts";
import type { SequenceModel, SpecCommand } from "./SpecCommand.ts";
import { StatefulWorld } from "./StatefulWorld.ts";

export type Commands = Iterable<fc.AsyncCommand<SequenceModel, StatefulWorld>>;

/** Runs one sequence in `ctx` (whose parents may be fresher than those the inputs were made for); the commands that ran are recorded in `ran`. */
function runIn(generated: PropertyContext, ctx: PropertyContext, commands: Commands, ran: CommandSpec[]): Promise<void> {
  const model: SequenceModel = { failed: () => ctx.runner.hasFailed() };
  return runCase(ctx, (scope) => fc.asyncModelRun(() => ({ model, real: new StatefulWorld(scope, generated.parents, ran) }), commands));
}

/** The sequence's own ingestion, or none when the setup could not be judged (persistent throttling, a spent budget: the case proves nothing). */
async function isolatedIngestion(ctx: PropertyContext): Promise<PropertyContext> {
  try {
    const ingestion = await provisionIngestion(ctx.runner, ctx.parents.appBundle, ctx.harnessTags);
    return { ...ctx, parents: { appBundle: ctx.parents.appBundle, ingestion } };
  } catch (error) {
    if (!(error instanceof Inconclusive || error instanceof BudgetExhausted)) throw error;
    ctx.runner.takeFailures();
    ctx.runner.inconclusive(`setting up the sequence's ingestion: ${error.message}`);
    fc.pre(false);
    throw error;
  }
}

/**
 * Runs one sequence from a fresh world; everything it created is deleted afterwards. Where the run owns its
 * parents, each sequence gets an ingestion of its own, so no history leaks between sequences and a shrunk
 * counterexample replays alone. A failure carries the commands that ran, which is the counterexample to keep.
 */
export async function runSequence(ctx: PropertyContext, commands: Commands | readonly SpecCommand[]): Promise<void> {
  const ran: CommandSpec[] = [];
  const withRan = (error: unknown) => (error instanceof CaseFailure ? new CaseFailure(error.findings, [...ran]) : error);
  if (!ctx.ownsParents) return runIn(ctx, ctx, commands, ran).catch((error: unknown) => { throw withRan(error); });
  fc.pre(ctx.runner.budget.exhausted === undefined);
  ctx.runner.openCase(ctx.parents);
  try {
    const isolated = await isolatedIngestion(ctx);
    let failure: unknown;
    try {
      await runIn(ctx, isolated, commands, ran);
    } catch (error) {
      failure = error;
    }
    await removeIngestion(ctx.runner, isolated.parents).catch((error: unknown) => {
      if (!(error instanceof Inconclusive)) throw error;
      ctx.runner.inconclusive(`removing the sequence's ingestion: ${error.message}`);
    });
    const left = ctx.runner.takeFailures();
    if (failure !== undefined) throw withRan(failure);
    if (left.length > 0) throw new CaseFailure(left, [...ran]);
  } finally {
    ctx.runner.closeCase();
  }
}
