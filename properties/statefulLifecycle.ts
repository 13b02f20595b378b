import fc from "fast-check";
import { runCase } from "./CaseScope.ts";
import { checkParameters, type HarnessProperty } from "./HarnessProperty.ts";
import type { PropertyContext } from "./PropertyContext.ts";
import type { CommandSpec } from "./stateful/commandSpec.ts";
import { commandSpecArbitraries } from "./stateful/commandSpecArbitraries.ts";
import { SpecCommand, type SequenceModel } from "./stateful/SpecCommand.ts";
import { StatefulWorld } from "./stateful/StatefulWorld.ts";

const NAME = "stateful-lifecycle";

/** Runs one sequence of commands from a fresh world; everything it created is deleted afterwards. */
function runSequence(ctx: PropertyContext, commands: Iterable<fc.AsyncCommand<SequenceModel, StatefulWorld>>): Promise<void> {
  const model: SequenceModel = { failed: () => ctx.runner.hasFailed() };
  return runCase(ctx, (scope) => fc.asyncModelRun(() => ({ model, real: new StatefulWorld(scope) }), commands));
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
    check: (ctx, params) => {
      const commands = fc.commands(commandSpecArbitraries(ctx).map((arb) => arb.map((spec) => new SpecCommand(spec))), { maxCommands });
      const property = fc.asyncProperty(commands, (cmds) => runSequence(ctx, cmds));
      return fc.check(property, checkParameters(params) as fc.Parameters<[typeof commands extends fc.Arbitrary<infer C> ? C : never]>) as Promise<fc.RunDetails<unknown>>;
    },
    serialize: (value) => specsOf((value as unknown[])[0]),
    replay: (ctx, saved) => runSequence(ctx, (saved as CommandSpec[]).map((spec) => new SpecCommand(spec))),
  };
}
