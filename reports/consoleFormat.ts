/** The console's lines, one function per kind, shared by every console mode; wrapping to the terminal is the sink's. */
import type { PlanEvent, PropertyEnd, RoundEvent, RunStart } from "../events/runEvent.ts";
import type { Palette } from "./ansiColors.ts";
import { drivenBy } from "./drivenBy.ts";
import type { FindingView } from "./findingView.ts";
import { callsPerSecond, formatDuration, plural } from "./formatNumbers.ts";
import type { PlanSummary, PropertySummary, RunSummary } from "./runSummary.ts";
import { stopText } from "./stopText.ts";
import { terminalLines, terminalSafe as safe } from "./terminalSafe.ts";

export function startLine(start: RunStart, c: Palette): string {
  return `${c.bold(`seed ${start.seed}`)} · ${safe(drivenBy(start))} · ${plural(start.runs, "case")} per property${start.strict ? " · strict" : ""} · run ${safe(start.runId)}`;
}

/** An exploratory round begins: its number and the seed that replays it. */
export function roundLine(round: RoundEvent, c: Palette): string {
  return c.bold(`round ${round.round} · seed ${round.seed}`);
}

const MARKS = { passed: ["✓", "PASS"], failed: ["✗", "FAIL"], inconclusive: ["?", "INCONCLUSIVE"] } as const;

/** Finding numbers as a reader looks them up: `finding #1`, `findings #1, #3`. */
export function findingNumbers(numbers: readonly number[]): string {
  return `${numbers.length === 1 ? "finding" : "findings"} ${numbers.map((n) => `#${n}`).join(", ")}`;
}

/** A property's line: its verdict, its cases and time, and the findings it hit by number. */
export function propertyLine(end: PropertyEnd, found: { readonly failures: readonly number[]; readonly observations: readonly number[] }, tty: boolean, c: Palette): string {
  const paint = end.verdict === "passed" ? c.green : end.verdict === "failed" ? c.red : c.yellow;
  const [symbol, word] = MARKS[end.verdict];
  const facts = [
    paint(end.verdict),
    plural(end.numRuns, "case"),
    ...(end.inconclusive ? [c.yellow(`${end.inconclusive} inconclusive`)] : []),
    ...(end.interrupted ? [c.yellow("stopped early")] : []),
    ...(end.numShrinks > 0 ? [plural(end.numShrinks, "shrink")] : []),
    formatDuration(end.durationMs),
    ...(found.failures.length > 0 ? [c.red(findingNumbers(found.failures))] : []),
    ...(found.observations.length > 0 ? [c.yellow(`${plural(found.observations.length, "observation")} (${found.observations.map((n) => `#${n}`).join(", ")})`)] : []),
  ];
  return `${tty ? paint(symbol) : word} ${safe(end.property)}: ${facts.join(", ")}`;
}

/** How to run a smallest case again: its replay command, or its seed and path without one. */
export function replayLine(how: { readonly replay?: string; readonly seed?: number; readonly path?: string }, c: Palette): string[] {
  if (how.replay !== undefined) return [`    replay: ${c.cyan(safe(how.replay))}`];
  return how.seed === undefined ? [] : [`    seed ${how.seed}${how.path !== undefined ? `, path ${safe(how.path)}` : ""}`];
}

/** A finding's first line: number, grade, operation and what diverged, and the checks that saw it. */
export function findingHeading(view: FindingView, c: Palette): string {
  const paint = view.severity === "failure" ? c.red : c.yellow;
  return `${paint(c.bold(`#${view.number} ${view.severity}`))} ${safe(view.heading)} (${view.checks.map((k) => safe(k.label)).join(", ")})`;
}

/**
 * A finding as a block: heading, who hit it, each check's message and what it rests on, expected against
 * actual, the calls (the deciding one in full, its diverging member marked), and with `exchange` the HTTP
 * exchange that decided it; then how to replay it.
 */
export function findingBlock(view: FindingView, exchange: boolean, c: Palette): string[] {
  const pad = (lines: readonly string[], indent: string) => lines.map((line) => `${indent}${line}`);
  const deciding = view.calls.find((call) => call.deciding);
  return [
    findingHeading(view, c),
    `    seen by ${safe(view.seenBy)}`,
    ...view.checks.flatMap((k) => pad([`${k.label}: ${terminalLines(k.message)[0] ?? ""}`, ...terminalLines(k.message).slice(1)], "    ")
      .concat(c.dim(`      rests on: ${safe(k.restsOn)}`))),
    ...(view.expected !== undefined ? [`    expected: ${safe(view.expected)}`, `    actual:   ${safe(view.actual ?? "absent")}`] : []),
    ...(view.calls.length > 0 ? ["    calls, the deciding one last:"] : []),
    ...view.calls.flatMap((call) => [
      `      ${safe(call.title)}`,
      ...(call.deciding ? call.lines.map((line) => `         ${safe(line.text)}${line.marks.length > 0 ? c.red(`  ◀ diverges`) : ""}`) : []),
    ]),
    ...(deciding && view.inAnswer.length > 0 ? [`    diverging in the answer: ${view.inAnswer.map(safe).join(", ")}`] : []),
    ...(view.names.length > 0 ? [c.dim("    where"), ...view.names.map((name) => c.dim(`      ${safe(name)}`))] : []),
    ...(exchange ? ["    exchange:", ...pad(view.exchange.flatMap(terminalLines), "      ")] : view.hasExchange ? [c.dim("    the HTTP exchange: --verbose, or the reports")] : []),
    ...replayLine(view, c),
  ];
}

export function verboseDetails(p: PropertySummary, c: Palette): string[] {
  const checks = p.checks.map(safe).join(", ") || "none reported";
  return [...(p.description ? [c.dim(`    ${safe(p.description)}`)] : []), c.dim(`    ${plural(p.calls, "call")} · checks: ${checks}`)];
}

const VERDICTS: Readonly<Record<RunSummary["verdict"], string>> = {
  passed: "PASSED", failed: "FAILED", interrupted: "INTERRUPTED", incomplete: "INCOMPLETE", "infrastructure-error": "INFRASTRUCTURE-ERROR", "usage-error": "USAGE-ERROR",
};

export function verdictLine(summary: RunSummary, c: Palette): string {
  const failed = summary.properties.filter((p) => p.end?.verdict === "failed").length;
  const judgedNothing = summary.properties.filter((p) => p.end?.verdict === "inconclusive").map((p) => safe(p.property));
  const paint = summary.verdict === "passed" ? c.green : summary.verdict === "incomplete" || summary.verdict === "interrupted" ? c.yellow : c.red;
  const stopped = stopText(summary.end);
  const facts = [
    plural(summary.failures, "failure"),
    plural(summary.observations, "observation"),
    `${failed} of ${plural(summary.properties.length, "property")} failed`,
    ...(summary.plan ? [`plan ${summary.plan.hit}/${summary.plan.total} classes`] : []),
    ...(summary.inconclusiveCases > 0 ? [c.yellow(`${plural(summary.inconclusiveCases, "inconclusive case")} (${inconclusiveProperties(summary)})`)] : []),
    ...(summary.lag.reads > 0 ? [`${plural(summary.lag.reads, "lagging read")} (longest ${formatDuration(summary.lag.longestMs)}${summary.lag.unsettled > 0 ? `, ${summary.lag.unsettled} past the window` : ""})`] : []),
    `${plural(summary.cases, "case")}, ${plural(summary.calls, "call")} in ${formatDuration(summary.durationMs)} (${callsPerSecond(summary.calls, summary.durationMs)})`,
    ...(summary.rounds > 0 ? [plural(summary.rounds, "round")] : []),
    ...(summary.start ? [`seed ${summary.start.seed}`] : []),
    ...(judgedNothing.length > 0 ? [c.yellow(`judged no case: ${judgedNothing.join(", ")}`)] : []),
    ...(stopped === undefined ? [] : [c.yellow(safe(stopped))]),
  ];
  return `${c.bold(paint(VERDICTS[summary.verdict]))}: ${facts.join(" · ")}`;
}

/** The plan as announced: what it takes, and what the budget leaves out. */
export function planLine(plan: PlanEvent, c: Palette): string[] {
  const head = `plan: ${plural(plan.classes.length, "class")} of the contract in ${plural(plan.requests, "call")}${plan.budget === undefined ? "" : `, ${plan.budget} left by the budget`}`;
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
