import type { Mutant } from "../emulator/mutants/Mutant.ts";
import type { FindingEvent } from "../events/runEvent.ts";
import type { BenignMode } from "./benignModes.ts";
import type { TrialResult } from "./selftestTrial.ts";

/** The goal for each mutant: caught within this many seconds at the default budget. */
export const CATCH_GOAL_SECONDS = 10;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export const MUTANT_HEADER = `${"mutant".padEnd(30)} ${"class".padEnd(17)} ${"caught by".padEnd(20)} ${"cases".padStart(6)} ${"calls".padStart(6)} ${"time".padStart(8)}`;

/** One mutant's row: which property caught it, after how many cases, calls and seconds; or why it was missed. */
export function mutantLine(mutant: Mutant, result: TrialResult): string {
  const verdict = result.failedProperty ?? (result.error === undefined ? "MISSED" : "MISSED (error)");
  const slow = result.failedProperty !== undefined && result.durationMs > CATCH_GOAL_SECONDS * 1000 ? "  (over the goal)" : "";
  return `${mutant.name.padEnd(30)} ${mutant.class.padEnd(17)} ${verdict.padEnd(20)} ${String(result.cases).padStart(6)} ${String(result.calls).padStart(6)} ${seconds(result.durationMs).padStart(8)}${slow}`;
}

function findingLine(finding: FindingEvent): string {
  return `    [${finding.severity}] ${finding.property}: ${finding.kind} ${finding.operation} ${finding.check}: ${finding.message}`;
}

/** One benign mode's row, with every finding it raised (there should be none) or the error that ended it. */
export function benignLines(mode: BenignMode, result: TrialResult): string[] {
  const clean = result.findings.length === 0 && result.error === undefined;
  const head = `  ${mode.name.padEnd(22)} ${(clean ? "clean" : `${result.findings.length} finding(s)`).padEnd(14)} ${String(result.cases).padStart(6)} cases ${seconds(result.durationMs).padStart(8)}  ${mode.description}`;
  return [head, ...result.findings.map(findingLine), ...(result.error === undefined ? [] : [`    error: ${result.error}`])];
}

export interface Tally {
  readonly planted: readonly { mutant: Mutant; result: TrialResult }[];
  readonly skipped: readonly Mutant[];
  readonly benign: readonly { mode: BenignMode; result: TrialResult }[];
}

/** The verdict: the mutation score, what was missed, the slowest catch, the benign modes' findings. */
export function summaryLines(tally: Tally): { lines: string[]; passed: boolean } {
  const caught = tally.planted.filter((t) => t.result.failedProperty !== undefined);
  const missed = tally.planted.filter((t) => t.result.failedProperty === undefined);
  const slowest = caught.reduce((max, t) => Math.max(max, t.result.durationMs), 0);
  const over = caught.filter((t) => t.result.durationMs > CATCH_GOAL_SECONDS * 1000).map((t) => t.mutant.name);
  const noisy = tally.benign.filter((b) => b.result.findings.length > 0 || b.result.error !== undefined).map((b) => b.mode.name);
  const score = tally.planted.length === 0 ? 0 : (100 * caught.length) / tally.planted.length;
  const lines = [
    `mutation score: ${caught.length}/${tally.planted.length} caught (${score.toFixed(0)}%)`,
    `missed: ${missed.length === 0 ? "none" : missed.map((t) => `${t.mutant.name}${t.result.error ? ` (${t.result.error})` : ""}`).join(", ")}`,
    `slowest catch: ${seconds(slowest)} (goal: each within ${CATCH_GOAL_SECONDS} s${over.length > 0 ? `; over it: ${over.join(", ")}` : ", met"})`,
    ...(tally.skipped.length > 0 ? [`not planted on this target (wire only): ${tally.skipped.map((m) => m.name).join(", ")}`] : []),
    ...(tally.benign.length > 0 ? [`benign modes: ${noisy.length === 0 ? "no finding" : `findings in ${noisy.join(", ")}`}`] : []),
  ];
  const passed = missed.length === 0 && noisy.length === 0;
  const benign = tally.benign.length > 0 ? ", no finding in the benign modes" : " (benign modes not run)";
  lines.push(passed ? `PASSED: every planted bug caught${benign}` : "FAILED: a planted bug was missed or a benign mode raised a finding");
  return { lines, passed };
}
