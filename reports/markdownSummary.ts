/** The Markdown summary, sized for a CI job summary or a pull-request comment. */
import { coverageByKind } from "./coverageByKind.ts";
import { casesPerSecond, formatDuration, formatLatencyRange, plural } from "./formatNumbers.ts";
import { latencyPercentile, PERCENTILE_NOTE } from "./latencyBuckets.ts";
import { markedCounterexample } from "./markedCounterexample.ts";
import { mdFence, mdTable, mdText, truncate } from "./markdownText.ts";
import type { FindingSummary, PropertySummary, RunSummary } from "./runSummary.ts";
import { verdictText } from "./verdictText.ts";

/** Bounds that keep a summary of a long, noisy run within CI comment limits (GitHub: 1 MiB). */
const MAX_FINDINGS = 25;
const MAX_TEXT = 4000;

export function markdownSummary(summary: RunSummary): string {
  return [header(summary), properties(summary), failures(summary), inconclusive(summary), observations(summary), plan(summary), coverage(summary), errorContract(summary), latency(summary), infrastructure(summary)]
    .filter((section) => section !== "")
    .join("\n\n") + "\n";
}

function header(summary: RunSummary): string {
  const { icon, word } = verdictText(summary.verdict);
  const start = summary.start;
  const facts = [
    ...(start ? [`seed \`${start.seed}\``, `target ${mdText(start.target)}`] : []),
    ...(summary.rounds > 0 ? [plural(summary.rounds, "round")] : []),
    `${summary.cases} cases in ${formatDuration(summary.durationMs)} (${casesPerSecond(summary.cases, summary.durationMs)})`,
    plural(summary.failures, "failure"),
    plural(summary.observations, "observation"),
    ...(summary.plan ? [`plan ${summary.plan.hit}/${summary.plan.total} classes`] : []),
    ...(summary.inconclusiveCases > 0 ? [plural(summary.inconclusiveCases, "inconclusive case")] : []),
    ...(summary.lag.reads > 0 ? [`${plural(summary.lag.reads, "lagging read")} (longest ${formatDuration(summary.lag.longestMs)})`] : []),
  ];
  const note = summary.verdict === "incomplete" ? "\n\n> The event log has no run end: the run was stopped before it finished." : "";
  return `## ${icon} appfabric-harness: ${word}\n\n${facts.join(" · ")}${note}`;
}

function properties(summary: RunSummary): string {
  if (summary.properties.length === 0) return "";
  const rows = summary.properties.map((p) => [
    mdText(p.property),
    p.end ? PROPERTY_VERDICTS[p.end.verdict] : "⚠️ incomplete",
    String(p.end?.numRuns ?? "–"),
    String(p.end?.numShrinks ?? "–"),
    String(p.cases),
    p.end ? formatDuration(p.end.durationMs) : "–",
  ]);
  return `### Properties\n\n${mdTable(["Property", "Verdict", "Runs", "Shrinks", "Cases", "Time"], ["l", "l", "r", "r", "r", "r"], rows)}`;
}

const PROPERTY_VERDICTS = { passed: "✅ passed", failed: "❌ failed", inconclusive: "⚠️ inconclusive" } as const;

/** Cases that proved nothing: named, so a pass never hides them. */
function inconclusive(summary: RunSummary): string {
  if (summary.inconclusive.length === 0) return "";
  const rows = summary.inconclusive.map((i) => [mdText(i.property), mdText(truncate(i.reason, MAX_TEXT)), String(i.count)]);
  return `### Inconclusive cases

${mdTable(["Property", "Why it proved nothing", "Cases"], ["l", "l", "r"], rows)}`;
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

function failures(summary: RunSummary): string {
  const failed = summary.properties.filter((p) => p.end?.verdict === "failed" || p.findings.some(isFailure));
  if (failed.length === 0) return "";
  return `### Failures\n\n${failed.map(failureBlock).join("\n\n")}`;
}

function failureBlock(p: PropertySummary): string {
  const found = p.findings.filter(isFailure);
  const lines = [`#### ${mdText(p.property)}`, "", ...findingList(found)];
  const end = p.end;
  if (end?.counterexample !== undefined) lines.push("", "Counterexample:", "", ...counterexample(end.counterexample, found.map((f) => f.first.check)));
  if (end?.error !== undefined) lines.push("", "Error:", "", mdFence(truncate(end.error, MAX_TEXT)));
  if (end) lines.push("", `Seed \`${end.seed}\`${end.path !== undefined ? `, path ${mdText(end.path)}` : ""}`);
  if (end?.replay !== undefined) lines.push("", "Replay:", "", mdFence(end.replay, "sh"));
  return lines.join("\n");
}

/** Indented JSON with `◀` after each line where a member the failing checks name was sent; the others named beside. */
function counterexample(text: string, checks: readonly string[]): string[] {
  const marked = markedCounterexample(text, checks);
  const body = marked.lines.map((line) => (line.marks.length === 0 ? line.text : `${line.text}  ◀ ${line.marks.join(", ")}`)).join("\n");
  const beside = marked.unplaced.length === 0 ? [] : ["", `Diverging in the answer only: ${marked.unplaced.map(mdText).join(", ")}`];
  return [mdFence(truncate(body, MAX_TEXT)), ...beside];
}

function observations(summary: RunSummary): string {
  const found = summary.findings.filter((f) => f.first.severity === "observation");
  if (found.length === 0) return "";
  return `<details><summary>${plural(found.length, "observation")} (not failures)</summary>\n\n${findingList(found).join("\n")}\n\n</details>`;
}

function findingList(found: readonly FindingSummary[]): string[] {
  const shown = found.slice(0, MAX_FINDINGS).map((f) => {
    const times = f.count > 1 ? ` (×${f.count})` : "";
    return `- **${mdText(f.first.kind)}** ${mdText(f.first.operation)}, check ${mdText(f.first.check)}: ${mdText(truncate(f.first.message, MAX_TEXT))}${times}`;
  });
  return found.length > MAX_FINDINGS ? [...shown, `- … and ${found.length - MAX_FINDINGS} more (see index.html)`] : shown;
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
  const rows = summary.operations.map((op) => [mdText(op.operation), String(op.cases), percentile(op, 0.5), percentile(op, 0.95), formatDuration(op.latency.maxMs)]);
  return `### Latency\n\n${mdTable(["Operation", "Calls", "p50", "p95", "Max"], ["l", "r", "r", "r", "r"], rows)}\n\n${PERCENTILE_NOTE}`;
}

function infrastructure(summary: RunSummary): string {
  if (summary.infrastructure.length === 0) return "";
  return `### Infrastructure\n\n${summary.infrastructure.map((m) => `- ${mdText(m)}`).join("\n")}`;
}

function isFailure(f: FindingSummary): boolean {
  return f.first.severity === "failure";
}
