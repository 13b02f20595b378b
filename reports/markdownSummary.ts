/** The Markdown summary, sized for a CI job summary or a pull-request comment. */
import { coverageByKind } from "./coverageByKind.ts";
import { drivenBy } from "./drivenBy.ts";
import { findingView, type FindingView } from "./findingView.ts";
import { callsPerSecond, formatDuration, formatLatencyRange, plural } from "./formatNumbers.ts";
import { latencyPercentile, PERCENTILE_NOTE } from "./latencyBuckets.ts";
import { mdCode, mdFence, mdTable, mdText, truncate } from "./markdownText.ts";
import type { RunSummary } from "./runSummary.ts";
import { ruleViews } from "./ruleView.ts";
import { stopText } from "./stopText.ts";
import { verdictText } from "./verdictText.ts";

/** Bounds that keep a summary of a long, noisy run within CI comment limits (GitHub: 1 MiB). */
const MAX_FINDINGS = 25;
const MAX_TEXT = 4000;

export function markdownSummary(summary: RunSummary): string {
  return [header(summary), properties(summary), findings(summary, "failure"), inconclusive(summary), findings(summary, "observation"), rules(summary), plan(summary), coverage(summary), errorContract(summary), latency(summary), infrastructure(summary)]
    .filter((section) => section !== "")
    .join("\n\n") + "\n";
}

function header(summary: RunSummary): string {
  const { icon, word } = verdictText(summary.verdict);
  const start = summary.start;
  const stopped = stopText(summary.end);
  const facts = [
    ...(start ? [`seed \`${start.seed}\``, mdText(drivenBy(start))] : []),
    ...(summary.rounds > 0 ? [plural(summary.rounds, "round")] : []),
    `${plural(summary.cases, "case")}, ${plural(summary.calls, "call")} in ${formatDuration(summary.durationMs)} (${callsPerSecond(summary.calls, summary.durationMs)})`,
    plural(summary.failures, "failure"),
    plural(summary.observations, "observation"),
    ...(summary.plan ? [`plan ${summary.plan.hit}/${summary.plan.total} classes`] : []),
    ...(summary.inconclusiveCases > 0 ? [plural(summary.inconclusiveCases, "inconclusive case")] : []),
    ...(summary.lag.reads > 0 ? [`${plural(summary.lag.reads, "lagging read")} (longest ${formatDuration(summary.lag.longestMs)})`] : []),
    ...(stopped === undefined ? [] : [mdText(stopped)]),
  ];
  const note = summary.verdict === "incomplete" ? "\n\n> The event log has no run end: the run was stopped before it finished."
    : summary.verdict === "interrupted" ? `\n\n> ${summary.end?.signal ?? "A signal"} interrupted the run: what ran is reported, nothing after it was judged.` : "";
  return `## ${icon} appfabric-harness: ${word}\n\n${facts.join(" · ")}${note}`;
}

function properties(summary: RunSummary): string {
  if (summary.properties.length === 0) return "";
  const rows = summary.properties.map((p) => [
    mdText(p.property),
    p.end ? PROPERTY_VERDICTS[p.end.verdict] : "⚠️ incomplete",
    String(p.end?.numRuns ?? "–"),
    String(p.end?.numShrinks ?? "–"),
    String(p.calls),
    p.findings.map((n) => `#${n}`).join(", ") || "–",
    p.end ? formatDuration(p.end.durationMs) : "–",
  ]);
  return `### Properties\n\n${mdTable(["Property", "Verdict", "Cases", "Shrinks", "Calls", "Findings", "Time"], ["l", "l", "r", "r", "r", "l", "r"], rows)}`;
}

const PROPERTY_VERDICTS = { passed: "✅ passed", failed: "❌ failed", inconclusive: "⚠️ inconclusive" } as const;

/** Cases that proved nothing: named, so a pass never hides them. */
function inconclusive(summary: RunSummary): string {
  if (summary.inconclusive.length === 0) return "";
  const rows = summary.inconclusive.map((i) => [mdText(i.property), mdText(truncate(i.reason, MAX_TEXT)), String(i.count)]);
  return `### Inconclusive cases

${mdTable(["Property", "Why it proved nothing", "Cases"], ["l", "l", "r"], rows)}`;
}

/** Each model rule with its source and what this run's calls showed of it, folded away: the rules that diverged are named in the fold's line. */
function rules(summary: RunSummary): string {
  const views = ruleViews(summary);
  if (views.length === 0) return "";
  const count = (state: string) => views.filter((v) => v.state === state).length;
  const diverged = views.filter((v) => v.state === "diverged").map((v) => v.id);
  const rows = views.map((v) => [mdCode(v.id, true), mdText(v.source), mdText(v.change === undefined ? v.evidence : `${v.evidence}; ${v.change}`),
    v.example === undefined ? "–" : mdCode(v.example, true)]);
  const line = [`${plural(diverged.length, "rule")} diverged${diverged.length > 0 ? ` (${diverged.map(mdText).join(", ")})` : ""}`,
    `${count("accepted")} as accepted`, `${count("held")} held`, `${count("not exercised")} not exercised`].join(", ");
  return `### Model rules\n\n<details><summary>${line}</summary>\n\n${mdTable(["Rule", "Source", "This run", "Example of a divergence"], ["l", "l", "l", "l"], rows)}\n\n</details>`;
}

/** The coverage plan: classes hit out of all, and each one missed with why. */
function plan(summary: RunSummary): string {
  const p = summary.plan;
  if (p === undefined) return "";
  const head = `### Coverage plan\n\n${p.hit} of ${p.total} classes hit; the whole plan takes ${plural(p.requests, "request")}${p.budget === undefined ? "" : ` (${p.budget} were left for it)`}.`;
  const hit = `<details><summary>${plural(p.hit, "class")} hit</summary>\n\n${p.hitClasses.map((c) => `- ${mdText(c.id)}`).join("\n")}\n\n</details>`;
  if (p.missed.length === 0) return `${head}\n\n${hit}`;
  const rows = p.missed.slice(0, MAX_FINDINGS).map((m) => [mdText(m.id), mdText(m.why)]);
  const more = p.missed.length > MAX_FINDINGS ? `\n\n… and ${p.missed.length - MAX_FINDINGS} more (see index.html)` : "";
  return `${head}\n\n${mdTable(["Class not hit", "Why"], ["l", "l"], rows)}${more}\n\n${hit}`;
}

/** Each finding of one grade once, with its evidence: failures open, observations folded away. */
function findings(summary: RunSummary, severity: "failure" | "observation"): string {
  const found = summary.findings.filter((f) => f.severity === severity);
  if (found.length === 0) return "";
  const blocks = found.slice(0, MAX_FINDINGS).map((bucket) => findingBlock(findingView(bucket, summary)));
  const more = found.length > MAX_FINDINGS ? [`… and ${found.length - MAX_FINDINGS} more (see index.html)`] : [];
  const body = [...blocks, ...more].join("\n\n");
  return severity === "failure"
    ? `### Failures\n\n${body}`
    : `<details><summary>${plural(found.length, "observation")} (divergences on rules that are not documented; not failures)</summary>\n\n${body}\n\n</details>`;
}

function findingBlock(view: FindingView): string {
  const lines = [`#### #${view.number} ${view.severity}: ${mdText(view.heading)}`, "", `Seen by ${mdText(view.seenBy)}.`, "",
    ...view.checks.map((k) => `- **${mdText(k.label)}**: ${mdText(truncate(k.message, MAX_TEXT))} _(rests on ${mdText(k.restsOn)})_`)];
  if (view.expected !== undefined) lines.push("", mdTable(["Expected", "Actual"], ["l", "l"], [[mdCode(view.expected, true), mdCode(view.actual ?? "absent", true)]]));
  if (view.calls.length > 0) {
    lines.push("", "Calls, the deciding one last:", "");
    for (const call of view.calls) {
      const body = call.lines.map((line) => (line.marks.length === 0 ? line.text : `${line.text}  ◀ diverges`)).join("\n");
      lines.push(`${mdText(call.title)}${call.deciding ? " ◀ deciding" : ""}`, "", mdFence(truncate(body, MAX_TEXT), "json"), "");
    }
  }
  if (view.inAnswer.length > 0) lines.push(`Diverging in the answer: ${view.inAnswer.map(mdText).join(", ")}`, "");
  if (view.names.length > 0) lines.push(`Where ${view.names.map((n) => mdCode(n)).join("; ")}.`, "");
  if (lines.at(-1) !== "") lines.push("");
  lines.push(view.hasExchange ? "The deciding HTTP exchange:" : "HTTP exchange:", "", mdFence(truncate(view.exchange.join("\n"), MAX_TEXT * 3), "http"));
  if (view.replay !== undefined) lines.push("", "Replay:", "", mdFence(view.replay, "sh"));
  return lines.join("\n");
}

function coverage(summary: RunSummary): string {
  const groups = coverageByKind(summary);
  if (groups.length === 0) return "";
  const rows = groups.map((g) => [
    mdText(g.label),
    String(g.generated.length),
    g.missing.length === 0 ? "–" : g.missing.map(mdText).join(", "),
  ]);
  return `### Input coverage\n\n${mdTable(["Kind", "Generated", "Never generated"], ["l", "r", "l"], rows)}`;
}

function errorContract(summary: RunSummary): string {
  if (summary.errorCoverage.length === 0) return "";
  const names = (list: readonly string[]): string => (list.length === 0 ? "–" : list.map(mdText).join(", "));
  const rows = summary.errorCoverage.map((e) => [
    mdText(e.operation),
    names(e.observed.map((c) => c.name)),
    e.documented ? names(e.neverObserved) : "(no documented list)",
    names(e.undocumented.map((c) => c.name)),
  ]);
  return `### Error contract\n\n${mdTable(["Operation", "Observed", "Never observed", "Undocumented"], ["l", "l", "l", "l"], rows)}`;
}

/** On wire targets, each operation's p50 and p95, to the bucket of the latency histogram they fall in. */
function latency(summary: RunSummary): string {
  if (!summary.wire || summary.operations.length === 0) return "";
  const percentile = (op: RunSummary["operations"][number], q: number) => formatLatencyRange(latencyPercentile(op.latency, q));
  const rows = summary.operations.map((op) => [mdText(op.operation), String(op.calls), percentile(op, 0.5), percentile(op, 0.95), formatDuration(op.latency.maxMs)]);
  return `### Latency\n\n${mdTable(["Operation", "Calls", "p50", "p95", "Max"], ["l", "r", "r", "r", "r"], rows)}\n\n${PERCENTILE_NOTE}`;
}

function infrastructure(summary: RunSummary): string {
  if (summary.infrastructure.length === 0) return "";
  return `### Infrastructure\n\n${summary.infrastructure.map((m) => `- ${mdText(m)}`).join("\n")}`;
}
