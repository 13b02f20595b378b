/** The report's tables: properties, the coverage plan, input coverage, error-contract coverage and transient faults. */
import { coverageByKind } from "./coverageByKind.ts";
import { escapeHtml } from "./escapeHtml.ts";
import { formatDuration, formatLatencyRange } from "./formatNumbers.ts";
import { hitTable } from "./htmlHitTable.ts";
import { chip, htmlTable } from "./htmlTable.ts";
import { latencyPercentile, PERCENTILE_NOTE } from "./latencyBuckets.ts";
import type { PlanSummary, RunSummary } from "./runSummary.ts";

export function propertiesTable(summary: RunSummary): string {
  if (summary.properties.length === 0) return `<p class="note">No property started.</p>`;
  const rows = summary.properties.map((p) => {
    const verdict = p.end?.verdict ?? "incomplete";
    return [
      `${escapeHtml(p.property)}<br><span class="note">${escapeHtml(p.description)}</span>`,
      `<span class="${verdict}">${verdict}</span>`,
      String(p.end?.numRuns ?? "–"),
      String(p.end?.numShrinks ?? "–"),
      String(p.calls),
      p.findings.map((n) => `<a href="#finding-${n}">#${n}</a>`).join(" ") || "–",
      p.end ? escapeHtml(formatDuration(p.end.durationMs)) : "–",
    ];
  });
  const columns = [{ title: "Property" }, { title: "Verdict" }, ...["Cases", "Shrinks", "Calls"].map((title) => ({ title, numeric: true })), { title: "Findings" },
    { title: "Time", numeric: true }];
  return htmlTable("properties-table", columns, rows);
}

/** The coverage plan: each class missed with why, then the classes hit, folded. */
export function planTable(plan: PlanSummary): string {
  const head = `<p>The whole plan takes ${plan.requests} requests${plan.budget === undefined ? "" : ` (${plan.budget} were left for it)`}.</p>`;
  return head + hitTable({
    id: "plan-classes",
    columns: [{ title: "Class" }, { title: "Why not, or what it is" }],
    missed: plan.missed.map((m) => [escapeHtml(m.id), escapeHtml(m.why)]),
    hit: plan.hitClasses.map((c) => [escapeHtml(c.id), escapeHtml(c.description)]),
    counted: "classes hit",
  });
}

/** Cases that proved nothing, by property and reason. */
export function inconclusiveTable(summary: RunSummary): string {
  const rows = summary.inconclusive.map((i) => [escapeHtml(i.property), escapeHtml(i.reason), String(i.count)]);
  return htmlTable("inconclusive-table", [{ title: "Property" }, { title: "Why it proved nothing" }, { title: "Cases", numeric: true }], rows);
}

export function coverageTables(summary: RunSummary): string {
  const groups = coverageByKind(summary);
  if (groups.length === 0) return `<p class="note">No call carried coverage tags.</p>`;
  return groups
    .map((g) => {
      return `<h3>${escapeHtml(g.label)}</h3>` + hitTable({
        id: `coverage-${g.kind}`,
        columns: [{ title: "Tag" }, { title: "Calls", numeric: true }],
        missed: g.missing.map((tag) => [chip(tag, "warn"), "never generated"]),
        hit: g.generated.map((c) => [chip(c.name, "ok"), String(c.count)]),
        counted: "tags generated",
      });
    })
    .join("\n");
}

export function errorContractTable(summary: RunSummary): string {
  if (summary.errorCoverage.length === 0) return `<p class="note">No operation was called.</p>`;
  const note = summary.start?.documentedErrors ? "" : `<p class="note">The run carried no documented error lists, so every error shows as undocumented.</p>`;
  const rows = summary.errorCoverage.map((e) => [
    escapeHtml(e.operation),
    e.observed.map((c) => chip(c.name, "ok", c.count)).join(" ") || "–",
    e.documented ? e.neverObserved.map((name) => chip(name, "warn")).join(" ") || "–" : `<span class="note">no documented list</span>`,
    e.undocumented.map((c) => chip(c.name, "bad", c.count)).join(" ") || "–",
  ]);
  return note + htmlTable("error-contract-table", [{ title: "Operation" }, { title: "Observed" }, { title: "Never observed" }, { title: "Undocumented" }], rows);
}

/** Each operation's calls: transient faults absorbed, and latency (mean, p50 and p95 to their histogram bucket, max). */
export function transientTable(summary: RunSummary): string {
  const rows = summary.operations.map((op) => [
    escapeHtml(op.operation),
    String(op.calls),
    String(op.transient.reduce((sum, c) => sum + c.count, 0)),
    op.transient.map((c) => chip(c.name, "warn", c.count)).join(" ") || "–",
    escapeHtml(op.latency.count > 0 ? formatDuration(op.latency.totalMs / op.latency.count) : "–"),
    escapeHtml(formatLatencyRange(latencyPercentile(op.latency, 0.5))),
    escapeHtml(formatLatencyRange(latencyPercentile(op.latency, 0.95))),
    escapeHtml(formatDuration(op.latency.maxMs)),
  ]);
  const columns = [
    { title: "Operation" },
    { title: "Calls", numeric: true },
    { title: "Transient faults", numeric: true },
    { title: "By error" },
    { title: "Mean latency", numeric: true },
    { title: "p50", numeric: true },
    { title: "p95", numeric: true },
    { title: "Max latency", numeric: true },
  ];
  return `${htmlTable("transient-table", columns, rows)}<p class="note">${escapeHtml(PERCENTILE_NOTE)}</p>`;
}
