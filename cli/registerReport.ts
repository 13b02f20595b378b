import { closeSync, existsSync, readSync, statSync } from "node:fs";
import { dirname } from "node:path";
import type { Command } from "commander";
import { isRunEvent } from "../events/isRunEvent.ts";
import { openRegularFile } from "../files/readRegularFile.ts";
import { rebuildReports } from "../reports/rebuildReports.ts";
import { EXIT, UsageError } from "./exitCodes.ts";
import { executeMerge } from "./mergeReports.ts";
import { pathFlag } from "./parseValues.ts";

interface ReportOptions {
  readonly reportDir?: string;
  readonly history?: string;
}

/** A run.start line is far shorter; a file without a line break this early is no event log. */
const MAX_FIRST_LINE_BYTES = 1 << 20;

/** The file's first line, read alone: a large log is read whole only once it is known to be a log. */
function firstLine(file: string): string {
  const buffer = Buffer.alloc(MAX_FIRST_LINE_BYTES);
  const fd = openRegularFile(file);
  try {
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString("utf8").split("\n", 1)[0] ?? "";
  } finally {
    closeSync(fd);
  }
}

function startsAnEventLog(file: string): boolean {
  let line: string;
  try {
    line = firstLine(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const start: unknown = JSON.parse(line);
    return isRunEvent(start) && start.type === "run.start";
  } catch {
    return false;
  }
}

/** Where the rebuilt reports go: as asked, or beside the log (a run's report directory rebuilt in place). */
export function executeReport(eventsFile: string, options: ReportOptions, out: { write(text: string): unknown }): number {
  if (!existsSync(eventsFile)) throw new UsageError(`no event log at ${eventsFile}`);
  if (statSync(eventsFile).isDirectory()) throw new UsageError(`${eventsFile} is a folder; give the events.jsonl in it`);
  if (!startsAnEventLog(eventsFile)) throw new UsageError(`${eventsFile} is not an event log: its first line is not the run.start event a run writes first`);
  const reportDir = options.reportDir ?? dirname(eventsFile);
  const result = rebuildReports(eventsFile, reportDir, options.history === undefined ? {} : { historyFile: options.history });
  const torn = result.skippedLines.length > 0 ? ` (${result.skippedLines.length} unreadable line(s) skipped: ${result.skippedLines.join(", ")})` : "";
  out.write(`rebuilt ${result.paths.junit}, ${result.paths.markdown} and ${result.paths.html} from ${eventsFile}: ${result.summary.verdict}${torn}\n`);
  return EXIT.ok;
}

/**
 * `appfabric-harness report EVENTS.jsonl`: every report rebuilt from an event log, a killed run's too;
 * `report --merge DIR...`: the reports of one run from its shards' logs.
 */
export function registerReport(program: Command, setExitCode: (code: number) => void): void {
  program.command("report").argument("[events]", "an events.jsonl written by a run")
    .description("rebuild every report (JUnit XML, Markdown, HTML, history) from an event log, or merge the logs of a run's shards into one run's reports")
    .option("--merge <dirs...>", "the report folders (or events.jsonl files) of the shards of one run, merged; exits as the merged run would")
    .option("--report-dir <dir>", "where the reports go (default: the log's folder; with --merge, appfabric-harness-report)", pathFlag("--report-dir", "folder"))
    .option("--history <file>", "the history file the trend is read from and appended to (default: history.jsonl in the report folder)", pathFlag("--history", "file"))
    .action(async (events: string | undefined, options: ReportOptions & { merge?: string[] }) => {
      if (options.merge !== undefined && events !== undefined) throw new UsageError("report takes an event log or --merge with the shards' folders, not both");
      if (options.merge !== undefined) setExitCode(await executeMerge(options.merge, options, { stdout: process.stdout, env: process.env }));
      else if (events !== undefined) setExitCode(executeReport(events, options, process.stdout));
      else throw new UsageError("report needs an event log (report EVENTS.jsonl) or the shards' folders (report --merge DIR...)");
    });
}
