/** The console's lines, one function per kind, shared by every console mode. */
import type { FindingEvent, PlanEvent, PropertyEnd, RoundEvent, RunStart } from "../events/runEvent.ts";
import type { Palette } from "./ansiColors.ts";
import { casesPerSecond, formatDuration, plural } from "./formatNumbers.ts";
import type { PlanSummary, PropertySummary, RunSummary } from "./runSummary.ts";
import { terminalSafe as safe } from "./terminalSafe.ts";

export function startLine(start: RunStart, c: Palette): string {
  return `${c.bold(`seed ${start.seed}`)} · target ${safe(start.target)} · ${start.runs} runs per property${start.strict ? " · strict" : ""} · run ${safe(start.runId)}`;
}

/** An exploratory round begins: its number and the seed that replays it. */
export function roundLine(round: RoundEvent, c: Palette): string {
  return c.bold(`round ${round.round} · seed ${round.seed}`);
}

export function findingLine(f: FindingEvent, c: Palette): string {
  const paint = f.severity === "failure" ? c.red : c.yellow;
  return `  ${paint(`[${f.severity}]`)} ${safe(f.property)}: ${f.kind} ${safe(f.operation)} (check ${safe(f.check)}): ${safe(f.message)}`;
}

const MARKS = { passed: ["✓", "PASS"], failed: ["✗", "FAIL"], inconclusive: ["?", "INCONCLUSIVE"] } as const;

export function propertyLine(end: PropertyEnd, observations: number, tty: boolean, c: Palette): string {
  const paint = end.verdict === "passed" ? c.green : end.verdict === "failed" ? c.red : c.yellow;
  const [symbol, word] = MARKS[end.verdict];
  const facts = [
    paint(end.verdict),
    `${end.numRuns} runs`,
    ...(end.inconclusive ? [c.yellow(`${end.inconclusive} inconclusive`)] : []),
    ...(end.interrupted ? [c.yellow("stopped by the budget")] : []),
    ...(end.numShrinks > 0 ? [`${end.numShrinks} shrinks`] : []),
    ...(observations > 0 ? [c.yellow(plural(observations, "observation"))] : []),
    formatDuration(end.durationMs),
  ];
  return `${tty ? paint(symbol) : word} ${safe(end.property)}: ${facts.join(", ")}`;
}

/** What a reader needs to reproduce a failure, indented under its property line. */
export function failureDetails(end: PropertyEnd, c: Palette): string[] {
  return [
    ...(end.counterexample !== undefined ? [`    counterexample: ${safe(end.counterexample)}`] : []),
    ...(end.error !== undefined ? [`    error: ${safe(end.error)}`] : []),
    `    seed ${end.seed}${end.path !== undefined ? `, path ${safe(end.path)}` : ""}`,
    ...(end.replay !== undefined ? [`    replay: ${c.cyan(safe(end.replay))}`] : []),
  ];
}

/** Quiet mode's one line per failed property: the replay command, or the seed and path without one. */
export function quietReplayLine(end: PropertyEnd, c: Palette): string {
  const how = end.replay !== undefined ? `replay: ${c.cyan(safe(end.replay))}` : `seed ${end.seed}${end.path !== undefined ? `, path ${safe(end.path)}` : ""}`;
  return `${safe(end.property)}: ${how}`;
}

export function verboseDetails(p: PropertySummary, c: Palette): string[] {
  const failures = p.findings.filter((f) => f.first.severity === "failure").length;
  const checks = p.checks.map(safe).join(", ") || "none reported";
  const found = `${plural(failures, "distinct failure")} · ${plural(p.findings.length - failures, "distinct observation")}`;
  return [...(p.description ? [c.dim(`    ${safe(p.description)}`)] : []), c.dim(`    ${p.cases} cases · checks: ${checks} · ${found}`)];
}

export function verdictLine(summary: RunSummary, c: Palette): string {
  const failed = summary.properties.filter((p) => p.end?.verdict === "failed").length;
  const judgedNothing = summary.properties.filter((p) => p.end?.verdict === "inconclusive").map((p) => safe(p.property));
  const word = summary.verdict.toUpperCase();
  const paint = summary.verdict === "passed" ? c.green : summary.verdict === "incomplete" ? c.yellow : c.red;
  const facts = [
    `${failed} of ${summary.properties.length} ${summary.properties.length === 1 ? "property" : "properties"} failed`,
    plural(summary.failures, "failure"),
    plural(summary.observations, "observation"),
    ...(summary.plan ? [`plan ${summary.plan.hit}/${summary.plan.total} classes`] : []),
    ...(summary.inconclusiveCases > 0 ? [c.yellow(`${plural(summary.inconclusiveCases, "inconclusive case")} (${inconclusiveProperties(summary)})`)] : []),
    ...(summary.lag.reads > 0 ? [`${plural(summary.lag.reads, "lagging read")} (longest ${formatDuration(summary.lag.longestMs)}${summary.lag.unsettled > 0 ? `, ${summary.lag.unsettled} past the window` : ""})`] : []),
    `${summary.cases} cases in ${formatDuration(summary.durationMs)} (${casesPerSecond(summary.cases, summary.durationMs)})`,
    ...(summary.rounds > 0 ? [plural(summary.rounds, "round")] : []),
    ...(summary.start ? [`seed ${summary.start.seed}`] : []),
    ...(judgedNothing.length > 0 ? [c.yellow(`judged no case: ${judgedNothing.join(", ")}`)] : []),
    ...(summary.end?.stoppedBy ? [c.yellow(`stopped by the ${summary.end.stoppedBy}${summary.end.notRun?.length ? `; not run: ${summary.end.notRun.map(safe).join(", ")}` : ""}`)] : []),
  ];
  return `${c.bold(paint(word))}: ${facts.join(" · ")}`;
}

/** The plan as announced: what it takes, and what the budget leaves out. */
export function planLine(plan: PlanEvent, c: Palette): string[] {
  const head = `plan: ${plural(plan.classes.length, "class")} of the contract in ${plural(plan.requests, "request")}${plan.budget === undefined ? "" : `, ${plan.budget} left by the budget`}`;
  if (plan.leftOut.length === 0) return [head];
  const byReason = new Map<string, string[]>();
  for (const l of plan.leftOut) byReason.set(l.reason, [...(byReason.get(l.reason) ?? []), l.id]);
  return [head, ...[...byReason].map(([reason, ids]) => c.yellow(`  leaves out ${plural(ids.length, "class")} (${safe(reason)}): ${ids.slice(0, MAX_LISTED).map(safe).join(", ")}${ids.length > MAX_LISTED ? ", ..." : ""}`))];
}

/** The plan's classes no call hit, with why, after the run. */
export function planMissedLines(plan: PlanSummary, verbose: boolean, c: Palette): string[] {
  const shown = verbose ? plan.missed : plan.missed.slice(0, MAX_LISTED);
  return [...shown.map((m) => c.yellow(`  not hit: ${safe(m.id)}: ${safe(m.why)}`)), ...(shown.length < plan.missed.length ? [c.dim(`  ... and ${plan.missed.length - shown.length} more (--verbose, or the reports)`)] : [])];
}

const MAX_LISTED = 8;

/** Which properties had inconclusive cases, and why, for the verdict line. */
function inconclusiveProperties(summary: RunSummary): string {
  return summary.inconclusive.map((i) => `${safe(i.property)}: ${i.count} × ${safe(i.reason)}`).join("; ");
}
