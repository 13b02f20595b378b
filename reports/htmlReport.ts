/**
 * The self-contained HTML report: styles, data and the chart library are all inline, and a
 * Content-Security-Policy forbids any network fetch, so the file views the same offline or as a CI artefact.
 */
import { chartLibrary } from "./chartLibrary.ts";
import { escapeHtml } from "./escapeHtml.ts";
import { drivenBy } from "./drivenBy.ts";
import { callsPerSecond, formatDuration, plural } from "./formatNumbers.ts";
import type { HistoryEntry } from "./history.ts";
import { chartCanvases, chartScripts, latencyCharts, trendCharts } from "./htmlCharts.ts";
import { findingsSection } from "./htmlFindings.ts";
import { ruleSection } from "./htmlRuleLedger.ts";
import { HTML_STYLES } from "./htmlStyles.ts";
import { coverageTables, errorContractTable, inconclusiveTable, planTable, propertiesTable, transientTable } from "./htmlTables.ts";
import type { RunSummary } from "./runSummary.ts";
import type { ServiceLedger } from "./serviceLedger.ts";
import { stopText } from "./stopText.ts";
import { verdictText } from "./verdictText.ts";

const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

export function htmlReport(summary: RunSummary, history: readonly HistoryEntry[], chartBundle: string = chartLibrary(), ledger?: ServiceLedger): string {
  const latency = summary.wire ? latencyCharts(summary) : [];
  const trend = history.length ? trendCharts(history) : [];
  const sections = [
    section("properties", "Properties", propertiesTable(summary)),
    section("findings", "Findings", findingsSection(summary)),
    ...(summary.inconclusive.length > 0 ? [section("inconclusive", "Inconclusive cases", inconclusiveTable(summary))] : []),
    section("rules", "Model rules", ruleSection(summary, ledger)),
    ...(summary.plan ? [section("plan", "Coverage plan", planTable(summary.plan))] : []),
    section("coverage", "Input coverage", coverageTables(summary)),
    section("errors", "Error contract", errorContractTable(summary)),
    section("latency", "Latency and transient faults", latencySection(summary, latency)),
    section("trend", "Trend across runs", trendSection(summary, trend)),
    ...(summary.infrastructure.length ? [section("infrastructure", "Infrastructure", `<ul>${summary.infrastructure.map((m) => `<li>${escapeHtml(m)}</li>`).join("")}</ul>`)] : []),
  ];
  const { word } = verdictText(summary.verdict);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>appfabric-harness: ${escapeHtml(word)}</title>
<style>${HTML_STYLES}</style>
</head>
<body>
<header class="verdict-${summary.verdict}" id="verdict" data-verdict="${summary.verdict}">
<h1>appfabric-harness: ${escapeHtml(word)}</h1>
<p>${escapeHtml(facts(summary))}</p>
</header>
<nav>${sections.map((s) => s.link).join("")}</nav>
<main>
${sections.map((s) => s.html).join("\n")}
</main>
<footer>${escapeHtml(footer(summary))}</footer>
${chartScripts([...latency, ...trend], chartBundle)}
</body>
</html>
`;
}

function section(id: string, title: string, body: string): { link: string; html: string } {
  return { link: `<a href="#${id}">${escapeHtml(title)}</a>`, html: `<section id="${id}"><h2>${escapeHtml(title)}</h2>\n${body}\n</section>` };
}

function latencySection(summary: RunSummary, charts: ReturnType<typeof latencyCharts>): string {
  if (summary.operations.length === 0) return `<p class="note">No operation was called.</p>`;
  const note = summary.wire ? "" : `<p class="note">Latency histograms are drawn for wire targets (emulator, live) only.</p>`;
  return note + (charts.length ? chartCanvases(charts) : "") + transientTable(summary);
}

/** The trend compares runs of this run's target and mode; a replay or a refused run is in none. */
function trendSection(summary: RunSummary, charts: ReturnType<typeof trendCharts>): string {
  if (summary.mode === "replay" || summary.verdict === "usage-error") {
    return `<p class="note">Replays and runs refused as bad usage are kept out of the trend.</p>`;
  }
  if (summary.start === undefined || charts.length === 0) return `<p class="note">No run history yet.</p>`;
  return `<p class="note">The latest runs of target ${escapeHtml(summary.start.target)} in ${summary.mode} mode.</p>${chartCanvases(charts)}`;
}

function facts(summary: RunSummary): string {
  const start = summary.start;
  return [
    plural(summary.failures, "failure"),
    plural(summary.observations, "observation"),
    ...(summary.plan ? [`plan ${summary.plan.hit}/${summary.plan.total} classes`] : []),
    ...(summary.inconclusiveCases > 0 ? [plural(summary.inconclusiveCases, "inconclusive case")] : []),
    ...(summary.lag.reads > 0 ? [`${plural(summary.lag.reads, "lagging read")} (longest ${formatDuration(summary.lag.longestMs)})`] : []),
    ...(start ? [`seed ${start.seed}`, drivenBy(start), `${plural(start.runs, "case")} per property`] : []),
    ...(summary.rounds > 0 ? [plural(summary.rounds, "round")] : []),
    `${plural(summary.cases, "case")}, ${plural(summary.calls, "call")} in ${formatDuration(summary.durationMs)} (${callsPerSecond(summary.calls, summary.durationMs)})`,
    ...[stopText(summary.end)].filter((text) => text !== undefined),
  ].join(" · ");
}

function footer(summary: RunSummary): string {
  const start = summary.start;
  const incomplete = summary.verdict === "incomplete" ? "The event log has no run end: the run was stopped before it finished. "
    : summary.verdict === "interrupted" ? `${summary.end?.signal ?? "A signal"} interrupted the run: what ran is reported, nothing after it was judged. ` : "";
  return `${incomplete}${start ? `Run ${start.runId}, started ${start.at}: ${start.command}` : "No run start in the event log."}`;
}
