/**
 * The report's model rules: each rule's source and what this run showed of it (the same views as the Markdown
 * summary's), and the ledger of the service across runs (the same rows and words as `appfabric-harness rules`),
 * with a timeline per rule.
 */
import { escapeHtml } from "./escapeHtml.ts";
import { plural } from "./formatNumbers.ts";
import { chip, htmlTable } from "./htmlTable.ts";
import { ruleTimeline, TIMELINE_RUNS } from "./htmlRuleTimeline.ts";
import { callsText, fingerprintsText, ledgerExample, runsText, seenText } from "./ruleLedgerLines.ts";
import type { RunSummary } from "./runSummary.ts";
import { ruleViews, type RuleEvidenceState } from "./ruleView.ts";
import type { ServiceLedger } from "./serviceLedger.ts";

const STATE_CHIPS: Readonly<Record<RuleEvidenceState, "bad" | "warn" | "ok" | "muted">> = { diverged: "bad", accepted: "warn", held: "ok", "not exercised": "muted" };

/** Text from targets (ARNs, bodies) has no spaces to break at: it may break anywhere rather than widen the page. */
const wrappable = (html: string) => `<span style="overflow-wrap:anywhere">${html}</span>`;

function runTable(summary: RunSummary): string {
  const views = ruleViews(summary);
  if (views.length === 0) return `<p class="note">The run listed no model rules.</p>`;
  const rows = views.map((v) => [
    `<code>${escapeHtml(v.id)}</code>`,
    wrappable(escapeHtml(v.source)),
    `${chip(v.state, STATE_CHIPS[v.state])} ${wrappable(escapeHtml(v.evidence))}${v.change === undefined ? "" : `<br>${chip("changed", "warn")} ${wrappable(escapeHtml(v.change))}`}`,
    v.example === undefined ? "–" : `<code>${wrappable(escapeHtml(v.example))}</code>`,
  ]);
  return htmlTable("rule-evidence-table", [{ title: "Rule" }, { title: "Source" }, { title: "This run" }, { title: "Example of a divergence" }], rows);
}

function ledgerTable(ledger: ServiceLedger | undefined): string {
  if (ledger === undefined) return `<p class="note">This run teaches no ledger: a run with a planted bug teaches it nothing, and a log from before the ledger names no service.</p>`;
  if (ledger.rows.length === 0) return `<p class="note">No run of ${escapeHtml(ledger.service)} has evidence on an observed or assumed rule yet.</p>`;
  const shown = ledger.runs.length > TIMELINE_RUNS ? `; the timelines show the latest ${TIMELINE_RUNS}` : "";
  const head = `<p>The ledger of ${escapeHtml(ledger.service)}: ${plural(ledger.runs.length, "run")} in this report folder's history${shown}, oldest first.</p>`;
  const rows = ledger.rows.map((row) => {
    const example = ledgerExample(row);
    const details = [...fingerprintsText(row), ...(example === undefined ? [] : [`e.g. ${example}`])].map((t) => `<br><span class="note">${wrappable(escapeHtml(t))}</span>`);
    return [`<code>${escapeHtml(row.rule)}</code>`, escapeHtml(runsText(row)), escapeHtml(callsText(row)), escapeHtml(seenText(row)),
      `${wrappable(escapeHtml(row.verdict))}${details.join("")}`, ruleTimeline(row, ledger)];
  });
  return head + htmlTable("rule-ledger-table", [{ title: "Rule" }, { title: "Runs" }, { title: "Calls" }, { title: "Seen" }, { title: "Verdict" }, { title: "Timeline" }], rows);
}

export function ruleSection(summary: RunSummary, ledger: ServiceLedger | undefined): string {
  return `<h3>This run</h3>\n${runTable(summary)}\n<h3>Across runs</h3>\n${ledgerTable(ledger)}`;
}
