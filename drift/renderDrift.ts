import type { Comparison } from "./compareFacts.ts";
import { describeDifference, sortDifferences } from "./describeDifference.ts";
import type { ModelFormat } from "./factsOfModel.ts";

export interface DriftReport extends Comparison {
  readonly model: string;
  readonly format: ModelFormat;
}

export type DriftOutput = "text" | "markdown" | "json";

/** Places listed in text before the rest are counted. */
const SHOWN_PLACES = 3;

function counts(report: DriftReport): string {
  const breaking = report.differences.filter((d) => d.impact === "breaking").length;
  const n = report.differences.length;
  return n === 0 ? "no difference from the harness's contract"
    : `${n} difference${n === 1 ? "" : "s"} from the harness's contract (${breaking} breaking, ${n - breaking} additive)`;
}

const notCompared = (report: DriftReport): string =>
  `Not compared (the model states none of them): ${report.notCompared.join(", ")}`;

function places(where: readonly string[]): string {
  const more = where.length - SHOWN_PLACES;
  return `${where.slice(0, SHOWN_PLACES).join("; ")}${more > 0 ? ` (+${more} more)` : ""}`;
}

function text(report: DriftReport): string {
  const lines = [`drift: ${report.model} (${report.format}): ${counts(report)}`];
  for (const d of sortDifferences(report.differences)) {
    lines.push(`  ${d.impact.padEnd(8)}  ${describeDifference(d)}`);
    // A model without shape names names a difference by its one place already.
    if (d.where.length !== 1 || d.where[0] !== d.subject) lines.push(`            at ${places(d.where)}`);
  }
  if (report.notCompared.length > 0) lines.push(notCompared(report));
  return `${lines.join("\n")}\n`;
}

const cell = (value: string | undefined): string => (value === undefined ? "" : value.replaceAll("|", "\\|").replaceAll("\n", " "));

function markdown(report: DriftReport): string {
  const lines = ["## AppFabric model drift", "", `Model \`${report.model}\` (${report.format}): ${counts(report)}.`];
  if (report.differences.length > 0) {
    lines.push("", "| Impact | Change | Subject | Harness | Model | Where |", "|---|---|---|---|---|---|");
    for (const d of sortDifferences(report.differences)) {
      lines.push(`| ${d.impact} | ${d.change} | \`${cell(d.subject)}\` | ${cell(d.contract)} | ${cell(d.model)} | ${cell(d.where.join("; "))} |`);
    }
  }
  if (report.notCompared.length > 0) lines.push("", `${notCompared(report)}.`);
  return `${lines.join("\n")}\n`;
}

export function renderDrift(report: DriftReport, output: DriftOutput): string {
  if (output === "json") return `${JSON.stringify({ ...report, differences: sortDifferences(report.differences) }, null, 2)}\n`;
  return output === "markdown" ? markdown(report) : text(report);
}
