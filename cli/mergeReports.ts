import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { consoleOptions } from "../reports/consoleOptions.ts";
import { createConsoleSink, type ConsoleStream } from "../reports/consoleSink.ts";
import { mergeShardLogs, ShardMismatch } from "../reports/mergeShardLogs.ts";
import { readEventLog } from "../reports/readEventLog.ts";
import { DEFAULT_REPORT_DIR, reportPaths } from "../reports/reportPaths.ts";
import { createReportSinks } from "../reports/reportSinks.ts";
import { EXIT, UsageError } from "./exitCodes.ts";
import { fanOut } from "./fanOut.ts";

export interface MergeOptions {
  readonly reportDir?: string;
  readonly history?: string;
}

/** A shard's report folder holds its events.jsonl; a file is taken as the log itself. */
function logFile(path: string): string {
  if (!existsSync(path)) throw new UsageError(`no report folder or event log at ${path}`);
  const file = statSync(path).isDirectory() ? join(path, "events.jsonl") : path;
  if (!existsSync(file)) throw new UsageError(`${path} holds no events.jsonl: is it a shard's report folder?`);
  return file;
}

/**
 * `report --merge DIR...`: the shards' event logs merged into the log of the one run they are parts of, and
 * every report written from it (events.jsonl, JUnit, Markdown, HTML, one trend entry), the run's console
 * output printed. Returns the merged run's exit code: a merge job fails when the campaign found a failure.
 */
export async function executeMerge(paths: readonly string[], options: MergeOptions, io: { stdout: ConsoleStream & { isTTY?: boolean }; env: Readonly<Record<string, string | undefined>> }): Promise<number> {
  const logs = paths.map(logFile).map((file) => {
    const log = readEventLog(file);
    if (log.skippedLines.length > 0) io.stdout.write(`${file}: ${log.skippedLines.length} unreadable line(s) skipped: ${log.skippedLines.join(", ")}\n`);
    return { source: file, events: log.events };
  });
  let merged;
  try {
    merged = mergeShardLogs(logs);
  } catch (error) {
    if (error instanceof ShardMismatch) throw new UsageError(`report --merge: ${error.message}`);
    throw error;
  }
  const reportDir = options.reportDir ?? DEFAULT_REPORT_DIR;
  const reports = createReportSinks({ reportDir, ...(options.history === undefined ? {} : { historyFile: options.history }) });
  const sink = fanOut([createConsoleSink(io.stdout, consoleOptions("normal", false, io.env)), ...reports.sinks]);
  for (const event of merged) sink.emit(event);
  await sink.close();
  const written = reportPaths(reportDir, options.history);
  io.stdout.write(`merged ${logs.length} event log(s) into ${written.events}, ${written.junit}, ${written.markdown} and ${written.html}\n`);
  const end = merged.at(-1);
  return end?.type === "run.end" ? end.exitCode : EXIT.infrastructure;
}
