/**
 * The report's model rules: each rule's source and what this run showed of it (the same views as the Markdown
 * summary's), and the ledger of the service across runs (the same rows and words as `appfabric-harness rules`),
 * with a timeline per rule. Rules that diverged are in the open; those that held, or were not exercised, are
 * folded under their count, as the coverage tables fold what was hit.
 */
import { escapeHtml } from "./escapeHtml.ts";
import { plural } from "./formatNumbers.ts";
import { hitTable } from "./htmlHitTable.ts";
import { ruleTimeline, TIMELINE_RUNS } from "./htmlRuleTimeline.ts";
import { chip } from "./htmlTable.ts";
import type { LedgerRow } from "./ruleLedger.ts";
import { callsText, fingerprintsText, ledgerExample, runsText, seenText } from "./ruleLedgerLines.ts";
import { ruleViews, type RuleEvidenceState, type RuleView } from "./ruleView.ts";
import type { RunSummary } from "./runSummary.ts";
import type { ServiceLedger } from "./serviceLedger.ts";

const STATE_CHIPS: Readonly<Record<RuleEvidenceState, "bad" | "warn" | "ok" | "muted">> = { diverged: "bad", accepted: "warn", held: "ok", "not exercised": "muted" };

function runTable(summary: RunSummary): string {
  const views = ruleViews(summary);
  if (views.length === 0) return `<p class="note">The run listed no model rules.</p>`;
  const row = (v: RuleView) => [
    `<code class="rule-id">${escapeHtml(v.id)}</code>`,
    escapeHtml(v.source),
    `${chip(v.state, STATE_CHIPS[v.state])} ${escapeHtml(v.evidence)}${v.change === undefined ? "" : `<br>${chip("changed", "warn")} ${escapeHtml(v.change)}`}`,
    v.example === undefined ? "–" : `<code>${escapeHtml(v.example)}</code>`,
  ];
  const quiet = (v: RuleView) => v.state === "held" || v.state === "not exercised";
  return hitTable({ id: "rule-evidence-table", columns: [{ title: "Rule" }, { title: "Source" }, { title: "This run" }, { title: "Example of a divergence" }],
    missed: views.filter((v) => !quiet(v)).map(row), hit: views.filter(quiet).map(row), counted: "rules held or not exercised" });
}

function ledgerTable(ledger: ServiceLedger | undefined): string {
  if (ledger === undefined) return `<p class="note">This run teaches no ledger: a run with a planted bug teaches it nothing, and a log from before the ledger names no service.</p>`;
  if (ledger.rows.length === 0) return `<p class="note">No run of ${escapeHtml(ledger.service)} has evidence on an observed or assumed rule yet.</p>`;
  const shown = ledger.runs.length > TIMELINE_RUNS ? `; the timelines show the latest ${TIMELINE_RUNS}` : "";
  const head = `<p>The ledger of ${escapeHtml(ledger.service)}: ${plural(ledger.runs.length, "run")} in this report folder's history${shown}, oldest first.</p>`;
  const cells = (row: LedgerRow) => {
    const example = ledgerExample(row);
    const details = [...fingerprintsText(row), ...(example === undefined ? [] : [`e.g. ${example}`])].map((t) => `<br><span class="note">${escapeHtml(t)}</span>`);
    return [`<code class="rule-id">${escapeHtml(row.rule)}</code>`, escapeHtml(runsText(row)), escapeHtml(callsText(row)), escapeHtml(seenText(row)),
      `${escapeHtml(row.verdict)}${details.join("")}`, ruleTimeline(row, ledger)];
  };
  return head + hitTable({ id: "rule-ledger-table", columns: [{ title: "Rule" }, { title: "Runs" }, { title: "Calls" }, { title: "Seen" }, { title: "Verdict" }, { title: "Timeline" }],
    missed: ledger.rows.filter((r) => r.runsRefuted > 0).map(cells), hit: ledger.rows.filter((r) => r.runsRefuted === 0).map(cells), counted: "rules held in every run" });
}

export function ruleSection(summary: RunSummary, ledger: ServiceLedger | undefined): string {
  return `<h3>This run</h3>\n${runTable(summary)}\n<h3>Across runs</h3>\n${ledgerTable(ledger)}`;
}
