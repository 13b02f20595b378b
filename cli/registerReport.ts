import { existsSync } from "node:fs";
import { dirname } from "node:path";
import type { Command } from "commander";
import { rebuildReports } from "../reports/rebuildReports.ts";
import { EXIT, UsageError } from "./exitCodes.ts";
import { pathFlag } from "./parseValues.ts";

interface ReportOptions {
  readonly reportDir?: string;
  readonly history?: string;
}

/** Where the rebuilt reports go: as asked, or beside the log (a run's report directory rebuilt in place). */
export function executeReport(eventsFile: string, options: ReportOptions, out: { write(text: string): unknown }): number {
  if (!existsSync(eventsFile)) throw new UsageError(`no event log at ${eventsFile}`);
  const reportDir = options.reportDir ?? dirname(eventsFile);
  const result = rebuildReports(eventsFile, reportDir, options.history === undefined ? {} : { historyFile: options.history });
  const torn = result.skippedLines.length > 0 ? ` (${result.skippedLines.length} unreadable line(s) skipped: ${result.skippedLines.join(", ")})` : "";
  out.write(`rebuilt ${result.paths.junit}, ${result.paths.markdown} and ${result.paths.html} from ${eventsFile}: ${result.summary.verdict}${torn}\n`);
  return EXIT.ok;
}

/** `appfabric-harness report EVENTS.jsonl`: every report rebuilt from an event log, a killed run's too. */
export function registerReport(program: Command, setExitCode: (code: number) => void): void {
  program.command("report").argument("<events>", "an events.jsonl written by a run")
    .description("rebuild every report (JUnit XML, Markdown, HTML, history) from an event log")
    .option("--report-dir <dir>", "where the reports go (default: the log's folder)", pathFlag("--report-dir", "folder"))
    .option("--history <file>", "the history file the trend is read from and appended to (default: history.jsonl in the report folder)", pathFlag("--history", "file"))
    .action((events: string, options: ReportOptions) => {
      setExitCode(executeReport(events, options, process.stdout));
    });
}
