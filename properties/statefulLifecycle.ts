import fc from "fast-check";
import { Inconclusive } from "./CallRunner.ts";
import { runCase } from "./CaseScope.ts";
import { CaseFailure } from "./finding.ts";
import { BudgetExhausted } from "./RunBudget.ts";
import { provisionIngestion, removeIngestion } from "./provisionParents.ts";
import { checkProperty } from "./checkProperty.ts";
import type { HarnessProperty } from "./HarnessProperty.ts";
import type { PropertyContext } from "./PropertyContext.ts";
import type { CommandSpec } from "./stateful/commandSpec.ts";
import { commandsPath, splitCommandsPath } from "./stateful/commandsPath.ts";
import { commandSpecArbitraries } from "./stateful/commandSpecArbitraries.ts";
import { SpecCommand, type SequenceModel } from "./stateful/SpecCommand.ts";
import { StatefulWorld } from "./stateful/StatefulWorld.ts";

const NAME = "stateful-lifecycle";

type Commands = Iterable<fc.AsyncCommand<SequenceModel, StatefulWorld>>;

/** Runs one sequence in `ctx` (whose parents may be fresher than those the inputs were made for). */
function runIn(generated: PropertyContext, ctx: PropertyContext, commands: Commands): Promise<void> {
  const model: SequenceModel = { failed: () => ctx.runner.hasFailed() };
  return runCase(ctx, (scope) => fc.asyncModelRun(() => ({ model, real: new StatefulWorld(scope, generated.parents) }), commands));
}

/**
 * Runs one sequence from a fresh world; everything it created is deleted afterwards. Where the run owns its
 * parents, each sequence gets an ingestion of its own, so no history leaks between sequences and a shrunk
 * counterexample replays alone.
 */
export async function runSequence(ctx: PropertyContext, commands: Commands): Promise<void> {
  if (!ctx.ownsParents) return runIn(ctx, ctx, commands);
  fc.pre(!ctx.runner.budgetSpent);
  const ingestion = await provisionIngestion(ctx.runner, ctx.parents.appBundle, ctx.harnessTags).catch((error: unknown) => {
    // Setup that persistent throttling or a spent budget cut short makes the sequence inconclusive, not failed.
    if (error instanceof Inconclusive || error instanceof BudgetExhausted) {
      ctx.runner.takeFindings();
      ctx.runner.inconclusive(`setting up the sequence's ingestion: ${error.message}`);
      fc.pre(false);
    }
    throw error;
  });
  const isolated: PropertyContext = { ...ctx, parents: { appBundle: ctx.parents.appBundle, ingestion } };
  let failure: unknown;
  try {
    await runIn(ctx, isolated, commands);
  } catch (error) {
    failure = error;
  }
  await removeIngestion(ctx.runner, isolated.parents).catch((error: unknown) => {
    if (!(error instanceof Inconclusive)) throw error;
    ctx.runner.inconclusive(`removing the sequence's ingestion: ${error.message}`);
  });
  const left = ctx.runner.takeFindings().filter((f) => f.severity === "failure");
  if (failure !== undefined) throw failure;
  if (left.length > 0) throw new CaseFailure(left);
}

/** fast-check hands back its own wrappers around the commands, marking those that ran. */
interface RanCommand { readonly cmd: SpecCommand; readonly hasRan: boolean }

/** The specs a sequence actually ran. */
function specsOf(value: unknown): CommandSpec[] {
  return [...(value as Iterable<RanCommand>)].filter((c) => c.hasRan).map((c) => c.cmd.spec);
}

/**
 * Sequences of creates (with and without tokens, retried, reused with other parameters, invalid), updates,
 * gets, paginated lists, deletes (twice, of deleted or never-existing ids), tags, by ARN and by UUID; every
 * call held to the oracle. A failure shrinks to the shortest sequence that still fails.
 */
export function statefulLifecycle(maxCommands = 12): HarnessProperty {
  return {
    name: NAME,
    description: "sequences of destination commands (create, retry, update, get, list, delete, tag) agree with the model at every step",
    check: async (ctx, params) => {
      const replay = params.path === undefined ? undefined : splitCommandsPath(params.path);
      const commands = fc.commands(commandSpecArbitraries(ctx).map((arb) => arb.map((spec) => new SpecCommand(spec))),
        { maxCommands, ...(replay?.replayPath === undefined ? {} : { replayPath: replay.replayPath }) });
      const property = fc.asyncProperty(commands, (cmds) => runSequence(ctx, cmds));
      const details = await checkProperty(property, { ...params, ...(replay ? { path: replay.path } : {}) });
      if (details.counterexample === null || details.counterexamplePath === null) return details as fc.RunDetails<unknown>;
      return { ...details, counterexamplePath: commandsPath(details.counterexamplePath, details.counterexample[0]) } as fc.RunDetails<unknown>;
    },
    serialize: (value) => specsOf((value as unknown[])[0]),
    replay: (ctx, saved) => runSequence(ctx, (saved as CommandSpec[]).map((spec) => new SpecCommand(spec))),
  };
}
