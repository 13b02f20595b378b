import type { Command } from "commander";
import { executeRun } from "./executeRun.ts";
import { declareRunOptions, type RunOptions } from "./runOptions.ts";

/** `appfabric-harness run`: the default suite against a target. */
export function registerRun(program: Command, setExitCode: (code: number) => void, argv: readonly string[]): void {
  declareRunOptions(program.command("run").description("run the property suite against a target (default: the embedded emulator)"))
    .action(async (options: RunOptions) => {
      setExitCode(await executeRun(options, { stdout: process.stdout, stderr: process.stderr, env: process.env, argv }));
    });
}
