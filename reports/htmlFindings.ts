/** The report's findings: each failed property with its counterexample and replay command, then observations. */
import { escapeHtml } from "./escapeHtml.ts";
import { plural } from "./formatNumbers.ts";
import { htmlTable } from "./htmlTable.ts";
import { markedCounterexample } from "./markedCounterexample.ts";
import type { FindingSummary, PropertySummary, RunSummary } from "./runSummary.ts";

export function findingsSection(summary: RunSummary): string {
  const failed = summary.properties.filter((p) => p.end?.verdict === "failed" || p.findings.some((f) => f.first.severity === "failure"));
  const observations = summary.findings.filter((f) => f.first.severity === "observation");
  const failures = failed.length === 0 ? `<p class="note">No failures.</p>` : failed.map((p, index) => failedProperty(p, index)).join("\n");
  const observed = observations.length === 0
    ? ""
    : `<details><summary>${plural(observations.length, "observation")} (divergences on assumed rules; not failures)</summary>${findingsTable("observations-table", observations)}</details>`;
  return failures + observed;
}

function failedProperty(p: PropertySummary, index: number): string {
  const end = p.end;
  const parts = [`<h3>${escapeHtml(p.property)}</h3>`];
  const failures = p.findings.filter((f) => f.first.severity === "failure");
  if (failures.length > 0) parts.push(findingsTable(`findings-${index}`, failures));
  if (end?.counterexample !== undefined) parts.push(`<h4>Counterexample</h4>${counterexample(end.counterexample, failures.map((f) => f.first.check))}`);
  if (end?.error !== undefined) parts.push(`<h4>Error</h4><pre>${escapeHtml(end.error)}</pre>`);
  if (end) parts.push(`<p>Seed <code>${end.seed}</code>${end.path !== undefined ? `, path <code>${escapeHtml(end.path)}</code>` : ""}, ${end.numShrinks} shrinks</p>`);
  if (end?.replay !== undefined) parts.push(`<h4>Replay</h4><pre class="replay">${escapeHtml(end.replay)}</pre>`);
  return `<article>${parts.join("\n")}</article>`;
}

/** Indented JSON, the members the failing checks name marked where they were sent, the others named beside. */
function counterexample(text: string, checks: readonly string[]): string {
  const marked = markedCounterexample(text, checks);
  const body = marked.lines.map((line) => {
    if (line.marks.length === 0) return escapeHtml(line.text);
    const names = escapeHtml(line.marks.join(", "));
    return `<mark title="diverges: ${names}">${escapeHtml(line.text)}</mark>  <span class="diverges">◀ ${names}</span>`;
  }).join("\n");
  const beside = marked.unplaced.length === 0 ? ""
    : `<p class="note">Diverging in the answer only: ${marked.unplaced.map((c) => `<code>${escapeHtml(c)}</code>`).join(", ")}</p>`;
  return `<pre class="counterexample">${body}</pre>${beside}`;
}

function findingsTable(id: string, found: readonly FindingSummary[]): string {
  const rows = found.map((f) => [
    escapeHtml(f.first.kind),
    escapeHtml(f.first.operation),
    escapeHtml(f.first.check),
    escapeHtml(f.first.message),
    String(f.count),
  ]);
  return htmlTable(id, [{ title: "Kind" }, { title: "Operation" }, { title: "Check" }, { title: "Message" }, { title: "Times", numeric: true }], rows);
}
