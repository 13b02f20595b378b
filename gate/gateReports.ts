/**
 * The gate's result for a CI job: Markdown for its summary page and JUnit XML for its test view, each
 * difference one testcase (a failing one), so a client change that breaks one thing is one red line.
 */
import { junitDocument, type JunitCase } from "../reports/junitDocument.ts";
import { mdCode, mdFence, mdTable } from "../reports/markdownText.ts";
import type { FoundDifference, GateResult } from "./runGate.ts";

const show = (value: unknown): string => JSON.stringify(value) ?? "absent";

function title(found: FoundDifference): string {
  const d = found.difference;
  return `${d.operation}: the ${d.aspect === "request" ? "request on the wire" : "outcome of send()"} differs at ${d.path}`;
}

/** What a reader needs to act on one difference: both values, the input, the case and how to run it again. */
function details(found: FoundDifference): string[] {
  const { difference: d, shownBy } = found;
  return [`baseline:  ${show(d.baseline)}`, `candidate: ${show(d.candidate)}`, `input:     ${JSON.stringify(d.input, null, 2)}`,
    `shown by ${shownBy.source}${shownBy.seed === undefined ? "" : ` (seed ${shownBy.seed}, path ${shownBy.path})`}: ${JSON.stringify(shownBy.counterexample, null, 2)}`,
    ...(shownBy.replay ? [`replay: ${shownBy.replay}`] : [])];
}

export function gateMarkdown(result: GateResult): string {
  const count = result.differences.length;
  const head = `## ${count === 0 ? "✅" : "❌"} appfabric-harness gate: ${count === 0 ? "no behavioural difference" : `${count} behavioural difference${count === 1 ? "" : "s"}`}\n\n`
    + `baseline ${mdCode(result.baseline)} · candidate ${mdCode(result.candidate)} · seed ${mdCode(String(result.seed))} · ${result.calls} calls through both clients`;
  if (count === 0) return `${head}\n`;
  const table = mdTable(["#", "Operation", "Aspect", "Where", "Baseline", "Candidate"], ["r", "l", "l", "l", "l", "l"],
    result.differences.map(({ difference: d }, i) => [String(i + 1), d.operation, d.aspect, mdCode(d.path, true), mdCode(show(d.baseline), true), mdCode(show(d.candidate), true)]));
  const blocks = result.differences.map((found, i) => {
    const replay = found.shownBy.replay;
    return `### ${i + 1}. ${mdCode(title(found))}\n\n${mdFence(details(found).filter((l) => !l.startsWith("replay: ")).join("\n"))}${replay ? `\n\nReplay:\n\n${mdFence(replay, "sh")}` : ""}`;
  });
  return `${head}\n\n${table}\n\n${blocks.join("\n\n")}\n`;
}

export function gateJunitXml(result: GateResult): string {
  const cases = result.differences.map((found, i): JunitCase => ({
    classname: "gate", name: `#${i + 1} ${title(found)}`, timeMs: 0,
    failure: { message: title(found), type: found.difference.aspect, text: details(found).join("\n") },
  }));
  // A gate that finds nothing is one passing testcase, so the CI's test view shows that it ran.
  const passing: JunitCase = { classname: "gate", name: "no behavioural difference", timeMs: 0, out: `${result.calls} calls through both clients` };
  return junitDocument({ name: "appfabric-harness gate", timeMs: 0, properties: { seed: String(result.seed), baseline: result.baseline, candidate: result.candidate },
    suites: [{ name: "differences", timeMs: 0, cases: cases.length > 0 ? cases : [passing] }] });
}
