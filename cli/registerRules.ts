import type { Command } from "commander";
import { readHistory } from "../reports/history.ts";
import { DEFAULT_REPORT_DIR, reportPaths } from "../reports/reportPaths.ts";
import { DEFAULT_REFUTED_RUNS, ruleLedger } from "../reports/ruleLedger.ts";
import { ruleLedgerLines } from "../reports/ruleLedgerLines.ts";
import { redactSecrets } from "../secrets/redactSecrets.ts";
import { EXIT } from "./exitCodes.ts";
import { integerFlag, pathFlag } from "./parseValues.ts";
import { commandLine, invocationPrefix } from "./replayCommand.ts";
import { ruleConfidence } from "./ruleLedgerOfRun.ts";

interface RulesOptions {
  readonly reportDir: string;
  readonly refutedRuns: number;
}


/** `appfabric-harness rules`: the ledger of the observed and assumed rules, read from the report folder's history. */
export function executeRules(options: RulesOptions, out: { write(text: string): unknown }, env: NodeJS.ProcessEnv): number {
  const rows = ruleLedger(readHistory(reportPaths(options.reportDir).history), ruleConfidence, options.refutedRuns);
  const accept = (rule: string) => commandLine(invocationPrefix(env), ["run", "--report-dir", options.reportDir, "--accept-observed", rule]);
  for (const line of ruleLedgerLines(rows, ruleConfidence, accept)) out.write(`${redactSecrets(line)}\n`);
  return EXIT.ok;
}

export function registerRules(program: Command, setExitCode: (code: number) => void): void {
  program.command("rules")
    .description("print the rule ledger: what the runs in the report folder's history showed of each observed and assumed model rule, per service")
    .option("--report-dir <dir>", "the report folder whose history.jsonl is read", pathFlag("--report-dir", "folder"), DEFAULT_REPORT_DIR)
    .option("--refuted-runs <n>", "runs in a row a rule must be refuted in before the ledger says it looks wrong", integerFlag("--refuted-runs", 1, 1000), DEFAULT_REFUTED_RUNS)
    .action((options: RulesOptions) => setExitCode(executeRules(options, process.stdout, process.env)));
}
