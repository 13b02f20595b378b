/** Renders a summary into the report files and records the run in the history; shared by live runs and rebuilds. */
import { historyEntry, readHistory, recordRun, trendOf } from "./history.ts";
import { htmlReport } from "./htmlReport.ts";
import { junitXml } from "./junitXml.ts";
import { markdownSummary } from "./markdownSummary.ts";
import type { ReportPaths } from "./reportPaths.ts";
import type { RunSummary } from "./runSummary.ts";
import { writeReportFile } from "./writeReportFile.ts";

export function writeReports(summary: RunSummary, paths: ReportPaths): void {
  const entry = historyEntry(summary);
  const history = entry ? recordRun(paths.history, entry) : readHistory(paths.history);
  writeReportFile(paths.junit, junitXml(summary));
  writeReportFile(paths.markdown, markdownSummary(summary));
  writeReportFile(paths.html, htmlReport(summary, trendOf(history, summary)));
}
