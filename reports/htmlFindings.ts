/** The report's findings: each once, with its evidence (failures open, observations folded), from the one finding view. */
import { escapeHtml } from "./escapeHtml.ts";
import { findingView, type FindingView } from "./findingView.ts";
import { plural } from "./formatNumbers.ts";
import type { RunSummary } from "./runSummary.ts";

export function findingsSection(summary: RunSummary): string {
  const views = summary.findings.map((bucket) => findingView(bucket, summary));
  const failures = views.filter((v) => v.severity === "failure"), observations = views.filter((v) => v.severity === "observation");
  const failed = failures.length === 0 ? `<p class="note">No failures.</p>` : failures.map((v) => finding(v, true)).join("\n");
  const observed = observations.length === 0 ? ""
    : `<details><summary>${plural(observations.length, "observation")} (divergences on rules that are not documented; not failures)</summary>${observations.map((v) => finding(v, false)).join("\n")}</details>`;
  return failed + observed;
}

function finding(view: FindingView, open: boolean): string {
  const checks = view.checks.map((k) => `<li><b>${escapeHtml(k.label)}</b>: ${escapeHtml(k.message)} <span class="note">(rests on ${escapeHtml(k.restsOn)})</span></li>`).join("");
  const values = view.expected === undefined ? ""
    : `<table class="values"><tr><th>Expected</th><td><code>${escapeHtml(view.expected)}</code></td></tr><tr><th>Actual</th><td><code>${escapeHtml(view.actual ?? "absent")}</code></td></tr></table>`;
  const calls = view.calls.map((call) => {
    const body = call.lines.map((line) => (line.marks.length === 0 ? escapeHtml(line.text)
      : `<mark title="diverges">${escapeHtml(line.text)}</mark>  <span class="diverges">◀ diverges</span>`)).join("\n");
    return `<details${call.deciding ? " open" : ""}><summary>${escapeHtml(call.title)}${call.deciding ? " <b>◀ deciding</b>" : ""}</summary><pre class="counterexample">${body}</pre></details>`;
  }).join("");
  const beside = view.inAnswer.length === 0 ? "" : `<p class="note">Diverging in the answer: ${view.inAnswer.map((m) => `<code>${escapeHtml(m)}</code>`).join(", ")}</p>`;
  const names = view.names.length === 0 ? "" : `<p class="note">Where ${view.names.map((n) => `<code>${escapeHtml(n)}</code>`).join("; ")}</p>`;
  const exchange = `<h4>${view.hasExchange ? "The deciding HTTP exchange" : "HTTP exchange"}</h4><pre class="exchange">${escapeHtml(view.exchange.join("\n"))}</pre>`;
  const replay = view.replay === undefined ? "" : `<h4>Replay</h4><pre class="replay">${escapeHtml(view.replay)}</pre>`;
  return `<article class="finding ${view.severity}" id="finding-${view.number}"><details${open ? " open" : ""}><summary><h3>#${view.number} ${view.severity}: ${escapeHtml(view.heading)}</h3></summary>
<p>Seen by ${escapeHtml(view.seenBy)}.</p><ul>${checks}</ul>${values}${calls.length > 0 ? `<h4>Calls, the deciding one last</h4>${calls}` : ""}${beside}${names}${exchange}${replay}</details></article>`;
}
