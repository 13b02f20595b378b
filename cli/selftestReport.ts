import type { Mutant } from "../emulator/mutants/Mutant.ts";
import type { FindingEvent } from "../events/runEvent.ts";
import type { BenignMode } from "./benignModes.ts";
import type { TrialResult } from "./TrialRecorder.ts";

/** The goal for each mutant: caught within this many seconds at the default budget. */
export const CATCH_GOAL_SECONDS = 10;

/** Distinct uncredited failures shown under a row; the rest are counted. */
const SHOWN_FAILURES = 5;
const MESSAGE_LENGTH = 160;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const figures = (result: TrialResult) =>
  `${String(result.cases).padStart(6)} ${String(result.calls).padStart(6)} ${seconds(result.durationMs).padStart(8)}`;
const firstLines = (text: string) => text.split("\n").slice(0, 3).join("\n      ");
/** A finding's message, cut: ARNs make them long, and the row only needs to say what differed. */
const brief = (text: string) => (text.length > MESSAGE_LENGTH ? `${text.slice(0, MESSAGE_LENGTH - 3)}...` : text);

export const MUTANT_HEADER = `${"mutant".padEnd(30)} ${"class".padEnd(17)} ${"cases".padStart(6)} ${"calls".padStart(6)} ${"time".padStart(8)}  caught by`;

/** A failure as one line: its failing checks (kind and name), operation, and the property that raised it. */
export function findingLabel(finding: FindingEvent): string {
  const checks = finding.checks.filter((c) => c.severity === "failure").map((c) => `${c.kind} ${c.check}`).join(", ");
  return `${checks} on ${finding.operation} (${finding.property})`;
}

const messageOf = (finding: FindingEvent) => finding.checks.find((c) => c.severity === "failure")?.message ?? "";

/** The lines under a row: harness errors, then the distinct failures not credited (collateral, or false alarms). */
function detailLines(result: TrialResult, failureTitle: string): string[] {
  const distinct = [...new Map(result.failures.map((f) => [findingLabel(f), f])).values()];
  const shown = distinct.slice(0, SHOWN_FAILURES).map((f) => `    ${failureTitle}: ${findingLabel(f)}: ${brief(messageOf(f))}`);
  const more = distinct.length > SHOWN_FAILURES ? [`    ... and ${distinct.length - SHOWN_FAILURES} more`] : [];
  return [...result.harnessErrors.map((e) => `    HARNESS ERROR: ${firstLines(e)}`), ...shown, ...more];
}

/** One mutant's row: the finding that caught it and what the catch took, or MISSED; then what else it raised. */
export function mutantLines(mutant: Mutant, result: TrialResult): string[] {
  const { caughtBy } = result;
  const verdict = caughtBy ? findingLabel(caughtBy) : result.harnessErrors.length > 0 ? "HARNESS ERROR" : "MISSED";
  const slow = caughtBy !== undefined && result.durationMs > CATCH_GOAL_SECONDS * 1000 ? "  (over the goal)" : "";
  return [`${mutant.name.padEnd(30)} ${mutant.class.padEnd(17)} ${figures(result)}  ${verdict}${slow}`, ...detailLines(result, "collateral")];
}

/** A trial where any failure is a false alarm: a control trial (no mutant) or a benign mode. */
export function cleanTrialLines(name: string, result: TrialResult, description = ""): string[] {
  const failures = result.failures.length + result.harnessErrors.length;
  const verdict = failures === 0 ? "clean" : `${failures} failure(s)`;
  const head = `  ${name.padEnd(26)} ${verdict.padEnd(13)} ${String(result.observations).padStart(5)} observation(s), ${result.cases} cases, ${result.calls} calls, ${seconds(result.durationMs)}  ${description}`;
  return [head.trimEnd(), ...detailLines(result, "FALSE ALARM")];
}

export interface Tally {
  readonly control: readonly { target: string; result: TrialResult }[];
  readonly planted: readonly { mutant: Mutant; result: TrialResult }[];
  readonly skipped: readonly Mutant[];
  readonly benign: readonly { mode: BenignMode; result: TrialResult }[];
}

const names = (list: readonly string[]) => (list.length === 0 ? "none" : list.join(", "));

/** Goals in requests, the live runs' currency: every catch within this many calls, and half of them within the median goal. */
export const CALLS_GOAL = { each: 300, median: 60 } as const;

/** The calls the catches took: the median and the most, against the goals. */
function callsToCatch(calls: readonly number[]): string {
  if (calls.length === 0) return "calls to catch: none caught";
  const sorted = [...calls].sort((a, b) => a - b);
  const median = sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2] as number : ((sorted[sorted.length / 2 - 1] as number) + (sorted[sorted.length / 2] as number)) / 2;
  const most = sorted.at(-1) as number;
  const met = median <= CALLS_GOAL.median && most <= CALLS_GOAL.each;
  return `calls to catch: median ${median}, most ${most} (goal: each within ${CALLS_GOAL.each}, median ${CALLS_GOAL.median} or fewer: ${met ? "met" : "not met"})`;
}

/** The verdict: the mutation score, what was missed, harness errors, the slowest catch, the control and benign trials. */
export function summaryLines(tally: Tally): { lines: string[]; passed: boolean } {
  const caught = tally.planted.filter((t) => t.result.caughtBy !== undefined);
  const missed = tally.planted.filter((t) => t.result.caughtBy === undefined).map((t) => t.mutant.name);
  const slowest = caught.reduce((max, t) => Math.max(max, t.result.durationMs), 0);
  const over = caught.filter((t) => t.result.durationMs > CATCH_GOAL_SECONDS * 1000).map((t) => t.mutant.name);
  const trials = [
    ...tally.control.map((c) => ({ name: `control on ${c.target}`, result: c.result })),
    ...tally.planted.map((p) => ({ name: p.mutant.name, result: p.result })),
    ...tally.benign.map((b) => ({ name: b.mode.name, result: b.result })),
  ];
  const broken = trials.filter((t) => t.result.harnessErrors.length > 0).map((t) => t.name);
  const noisyControl = tally.control.filter((c) => c.result.failures.length > 0).map((c) => c.target);
  const noisyBenign = tally.benign.filter((b) => b.result.failures.length > 0).map((b) => b.mode.name);
  const observations = tally.benign.reduce((sum, b) => sum + b.result.observations, 0);
  const score = tally.planted.length === 0 ? 0 : (100 * caught.length) / tally.planted.length;
  const lines = [
    `mutation score: ${caught.length}/${tally.planted.length} caught by a declared check (${score.toFixed(0)}%)`,
    `missed: ${names(missed)}`,
    `harness errors: ${names(broken)}`,
    `slowest catch: ${seconds(slowest)} (goal: each within ${CATCH_GOAL_SECONDS} s${over.length > 0 ? `; over it: ${over.join(", ")}` : ", met"})`,
    callsToCatch(caught.map((t) => t.result.calls)),
    ...(tally.skipped.length > 0 ? [`not planted on this target (wire only): ${tally.skipped.map((m) => m.name).join(", ")}`] : []),
    `control trials: ${noisyControl.length === 0 ? `no failure on ${tally.control.map((c) => c.target).join(", ")}` : `failures on ${noisyControl.join(", ")}`}`,
    tally.benign.length > 0
      ? `benign modes: ${noisyBenign.length === 0 ? "no failure" : `failures in ${noisyBenign.join(", ")}`} (${observations} observation(s), allowed)`
      : "benign modes: not run",
  ];
  const passed = missed.length === 0 && broken.length === 0 && noisyControl.length === 0 && noisyBenign.length === 0;
  lines.push(passed
    ? `PASSED: every planted bug caught by a declared check, no failure without a bug, no harness error${tally.benign.length > 0 ? "" : " (benign modes not run)"}`
    : "FAILED: a planted bug was missed, a trial without a bug raised a failure, or the harness broke");
  return { lines, passed };
}
