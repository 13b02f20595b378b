/** Rebuilds every report file from a saved event log (`appfabric-harness report EVENTS.jsonl`). */
import { readEventLog } from "./readEventLog.ts";
import { reportPaths } from "./reportPaths.ts";
import type { ReportPaths } from "./reportPaths.ts";
import type { RunSummary } from "./runSummary.ts";
import { summarize } from "./summarize.ts";
import { writeReports } from "./writeReports.ts";

export interface RebuildOptions {
  /** Default `history.jsonl` in the report directory. */
  readonly historyFile?: string;
}

export interface RebuildResult {
  readonly summary: RunSummary;
  readonly paths: ReportPaths;
  /** Lines of the log that were not events, e.g. the torn last line of a killed run. */
  readonly skippedLines: readonly number[];
}

/** A log cut short (no run.end) still rebuilds, with the verdict `incomplete`. */
export function rebuildReports(eventsFile: string, reportDir: string, options: RebuildOptions = {}): RebuildResult {
  const log = readEventLog(eventsFile);
  const summary = summarize(log.events);
  const paths = reportPaths(reportDir, options.historyFile);
  writeReports(summary, paths);
  return { summary, paths, skippedLines: log.skippedLines };
}
