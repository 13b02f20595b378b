/** Where a run's report files go, in the manner of `playwright-report/`. */
import { join } from "node:path";

export const DEFAULT_REPORT_DIR = "appfabric-harness-report";

export interface ReportPaths {
  readonly events: string;
  readonly junit: string;
  readonly markdown: string;
  readonly html: string;
  readonly history: string;
}

export function reportPaths(reportDir: string, historyFile?: string): ReportPaths {
  return {
    events: join(reportDir, "events.jsonl"),
    junit: join(reportDir, "junit.xml"),
    markdown: join(reportDir, "summary.md"),
    html: join(reportDir, "index.html"),
    history: historyFile ?? join(reportDir, "history.jsonl"),
  };
}
