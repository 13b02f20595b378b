/** Renders a summary into the report files and records the run in the history; shared by live runs and rebuilds. */
import { historyEntry, readHistory, recordRun, trendOf } from "./history.ts";
import { htmlReport } from "./htmlReport.ts";
import { junitXml } from "./junitXml.ts";
import { markdownSummary } from "./markdownSummary.ts";
import type { ReportPaths } from "./reportPaths.ts";
import type { RunSummary } from "./runSummary.ts";
import { writeRedacted } from "../secrets/RedactedFile.ts";
import { chartLibrary } from "./chartLibrary.ts";
import { serviceLedger } from "./serviceLedger.ts";

export function writeReports(summary: RunSummary, paths: ReportPaths): void {
  const entry = historyEntry(summary);
  const history = entry ? recordRun(paths.history, entry) : readHistory(paths.history);
  writeRedacted(paths.junit, junitXml(summary));
  writeRedacted(paths.markdown, markdownSummary(summary));
  // The inlined chart library is no data of the run: masking a short secret must not break it.
  const charts = chartLibrary();
  writeRedacted(paths.html, htmlReport(summary, trendOf(history, summary), charts, serviceLedger(history, summary)), [charts]);
}
