/**
 * The sinks that write a run's report directory: the event log as events come, and the other files
 * (JUnit, Markdown, HTML, history) from the folded summary at close().
 */
import type { EventSink } from "../events/runEvent.ts";
import { createJsonlSink } from "./jsonlSink.ts";
import { DEFAULT_REPORT_DIR, reportPaths } from "./reportPaths.ts";
import type { ReportPaths } from "./reportPaths.ts";
import { createSummaryBuilder } from "./summarize.ts";
import { writeReports } from "./writeReports.ts";

export interface ReportSinkOptions {
  /** Default `appfabric-harness-report` in the working directory. */
  readonly reportDir?: string;
  /** Default `history.jsonl` in the report directory. */
  readonly historyFile?: string;
}

export interface ReportSinks {
  readonly paths: ReportPaths;
  readonly sinks: readonly EventSink[];
}

export function createReportSinks(options: ReportSinkOptions = {}): ReportSinks {
  const paths = reportPaths(options.reportDir ?? DEFAULT_REPORT_DIR, options.historyFile);
  const builder = createSummaryBuilder();
  const files: EventSink = {
    emit: (event) => builder.add(event),
    close: async () => writeReports(builder.summary(), paths),
  };
  return { paths, sinks: [createJsonlSink(paths.events), files] };
}
