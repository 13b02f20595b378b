import type { Command } from "commander";
import { executeRun } from "./executeRun.ts";
import { declareRunOptions, type RunOptions } from "./runOptions.ts";

/** `appfabric-harness replay FILE`: one saved counterexample against any target. */
export function registerReplay(program: Command, setExitCode: (code: number) => void): void {
  declareRunOptions(program.command("replay").argument("<file>", "a counterexample saved in the corpus")
    .description("re-run one saved counterexample against a target; exits 1 while it still fails"))
    .action(async (file: string, options: RunOptions) => {
      setExitCode(await executeRun({ ...options, replay: file, corpus: false }, { stdout: process.stdout, stderr: process.stderr, env: process.env }));
    });
}
