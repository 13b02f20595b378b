import type { Command } from "commander";
import { executeRun } from "./executeRun.ts";
import { declareRunOptions, type RunOptions } from "./runOptions.ts";

/**
 * `appfabric-harness replay FILE`: one saved counterexample against any target. It writes reports only to a
 * folder it is given (`--report-dir`), never over a run's reports in the default folder.
 */
export function registerReplay(program: Command, setExitCode: (code: number) => void): void {
  const command = declareRunOptions(program.command("replay").argument("<file>", "a counterexample saved in the corpus")
    .description("re-run one saved counterexample against a target; exits 1 while it still fails (reports only with --report-dir)"));
  command.action(async (file: string, options: RunOptions) => {
    const report = options.report && command.getOptionValueSource("reportDir") === "cli";
    setExitCode(await executeRun({ ...options, replay: file, corpus: false, report }, { stdout: process.stdout, stderr: process.stderr, env: process.env }));
  });
}
