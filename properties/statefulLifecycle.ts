import fc from "fast-check";
import { checkProperty } from "./checkProperty.ts";
import type { HarnessProperty } from "./HarnessProperty.ts";
import type { CommandSpec } from "./stateful/commandSpec.ts";
import { commandsPath, splitCommandsPath } from "./stateful/commandsPath.ts";
import { commandSpecArbitraries } from "./stateful/commandSpecArbitraries.ts";
import { runSequence } from "./stateful/runSequence.ts";
import { SpecCommand } from "./stateful/SpecCommand.ts";

/**
 * Sequences of creates (with and without tokens, retried, reused with other parameters, invalid), updates,
 * gets, paginated lists, deletes (twice, of deleted or never-existing ids), tags, by ARN and by UUID; every
 * call held to the oracle. A failure shrinks to the shortest sequence that still fails, and is kept as the
 * commands that ran.
 */
export function statefulLifecycle(maxCommands = 12): HarnessProperty {
  return {
    name: "stateful-lifecycle",
    kind: "random",
    description: "sequences of destination commands (create, retry, update, get, list, delete, tag) agree with the model at every step",
    check: async (ctx, params) => {
      const replay = params.path === undefined ? undefined : splitCommandsPath(params.path);
      const commands = fc.commands(commandSpecArbitraries(ctx).map((arb) => arb.map((spec) => new SpecCommand(spec))),
        { maxCommands, ...(replay?.replayPath === undefined ? {} : { replayPath: replay.replayPath }) });
      const property = fc.asyncProperty(commands, (cmds) => runSequence(ctx, cmds));
      const details = await checkProperty(property, { ...params, ...(replay ? { path: replay.path } : {}) });
      if (details.counterexamplePath === null) return details as fc.RunDetails<unknown>;
      return { ...details, counterexamplePath: commandsPath(details) } as fc.RunDetails<unknown>;
    },
    // The commands that ran come with the failure (runSequence records them); fast-check's value holds some that never ran.
    serialize: (_value, failure) => failure?.counterexample ?? [],
    replay: (ctx, saved) => runSequence(ctx, (saved as CommandSpec[]).map((spec) => new SpecCommand(spec))),
  };
}
