/**
 * The report's charts as Chart.js configurations (plain JSON, built here), plus the canvases that hold
 * them and the few lines of browser script that draw them with the inlined library.
 */
import { escapeHtml } from "./escapeHtml.ts";
import type { HistoryEntry } from "./history.ts";
import { latencyLabels } from "./latencyBuckets.ts";
import type { RunSummary } from "./runSummary.ts";

export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly config: unknown;
}

/** How many past runs the trend charts show. */
const TREND_RUNS = 30;
const COLORS = { ok: "#1a7f37", bad: "#cf222e", warn: "#bf8700", blue: "#0969da" };
// Animations off: the charts are complete when the page has loaded, for screenshots and printing.
const OPTIONS = { animation: false, responsive: true, maintainAspectRatio: false };

export function latencyCharts(summary: RunSummary): ChartSpec[] {
  return summary.operations.map((op, index) => ({
    id: `latency-${index}`,
    title: `${op.operation}: latency (${op.latency.count} calls)`,
    config: {
      type: "bar",
      data: { labels: latencyLabels(), datasets: [{ label: "calls", data: op.latency.buckets, backgroundColor: COLORS.blue }] },
      options: { ...OPTIONS, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
  }));
}

export function trendCharts(history: readonly HistoryEntry[]): ChartSpec[] {
  const runs = history.slice(-TREND_RUNS);
  const labels = runs.map((r) => `${r.at.slice(0, 16).replace("T", " ")} ${r.verdict}`);
  const line = (label: string, data: number[], color: string): unknown => ({ label, data, borderColor: color, backgroundColor: color, tension: 0.2 });
  const bar = (label: string, data: number[], color: string): unknown => ({ label, data, backgroundColor: color });
  const integer = { y: { beginAtZero: true, ticks: { precision: 0 } } };
  return [
    {
      id: "trend-findings",
      title: "Findings per run",
      config: {
        type: "line",
        data: { labels, datasets: [line("failures", runs.map((r) => r.failures), COLORS.bad), line("observations", runs.map((r) => r.observations), COLORS.warn)] },
        options: { ...OPTIONS, scales: integer },
      },
    },
    {
      id: "trend-properties",
      title: "Properties passed and failed per run",
      config: {
        type: "bar",
        data: { labels, datasets: [bar("passed", runs.map((r) => r.propertiesPassed), COLORS.ok), bar("failed", runs.map((r) => r.propertiesFailed), COLORS.bad)] },
        options: { ...OPTIONS, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
      },
    },
    {
      id: "trend-throughput",
      title: "Throughput (calls/s)",
      config: {
        type: "line",
        data: { labels, datasets: [line("calls/s", runs.map((r) => r.callsPerSecond ?? r.casesPerSecond ?? 0), COLORS.blue)] },
        options: { ...OPTIONS, scales: { y: { beginAtZero: true } } },
      },
    },
  ];
}

export function chartCanvases(specs: readonly ChartSpec[]): string {
  const boxes = specs.map((s) => `<div class="chart"><h3>${escapeHtml(s.title)}</h3><div class="canvas-box"><canvas id="${escapeHtml(s.id)}"></canvas></div></div>`);
  return `<div class="charts">${boxes.join("\n")}</div>`;
}

/** The specs as inert JSON data, then a script that draws each on its canvas. */
export function chartScripts(specs: readonly ChartSpec[], library: string): string {
  const byId = Object.fromEntries(specs.map((s) => [s.id, s.config]));
  // `<` escaped so no string in the data can close the script element.
  const json = JSON.stringify(byId).replace(/</g, "\\u003c");
  const draw = `(function () {
  var specs = JSON.parse(document.getElementById("chart-specs").textContent);
  Object.keys(specs).forEach(function (id) {
    var canvas = document.getElementById(id);
    if (canvas) new Chart(canvas, specs[id]);
  });
})();`;
  return `<script>${library}</script>\n<script type="application/json" id="chart-specs">${json}</script>\n<script>${draw}</script>`;
}
