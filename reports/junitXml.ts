/**
 * JUnit XML in the shape CI tools read. Each finding is one testcase (a bug is one red line, however many
 * properties saw it): a failure as a failed testcase, an observation as a passing one with its text; the
 * finding's block, with its counterexample, HTTP exchange and replay command, goes to its system-out. Each
 * property that passed (or judged nothing) stays visible as a testcase of its own; infrastructure trouble is
 * an error. The top-level `failures` is the run's failure count.
 */
import { ansiColors } from "./ansiColors.ts";
import { findingBlock } from "./consoleFormat.ts";
import { drivenBy } from "./drivenBy.ts";
import { findingView } from "./findingView.ts";
import type { RunSummary } from "./runSummary.ts";
import { stopText } from "./stopText.ts";
import { junitDocument, type JunitCase, type JunitSuite } from "./junitDocument.ts";

const PLAIN = ansiColors(false);

export function junitXml(summary: RunSummary): string {
  return junitDocument({ name: "appfabric-harness", timeMs: summary.durationMs, ...(summary.start ? { timestamp: summary.start.at } : {}),
    properties: runProperties(summary), suites: [findingsSuite(summary), propertiesSuite(summary), ...infrastructureSuites(summary)] });
}

function findingsSuite(summary: RunSummary): JunitSuite {
  const cases = summary.findings.map((bucket): JunitCase => {
    const view = findingView(bucket, summary);
    const first = bucket.checks.find((c) => c.severity === bucket.severity) ?? bucket.checks[0];
    return {
      classname: "findings",
      name: `#${view.number} ${view.severity}: ${view.heading}`,
      timeMs: 0,
      // The failure says what and how to replay it; the whole block, with the calls and the exchange, is its system-out.
      ...(bucket.severity === "failure" ? { failure: { message: first?.message ?? view.heading, type: first?.kind ?? "finding", text: [
        ...view.checks.map((k) => `${k.label}: ${k.message}`),
        ...(view.expected !== undefined ? [`expected: ${view.expected}`, `actual:   ${view.actual ?? "absent"}`] : []),
        ...(view.replay !== undefined ? [`replay: ${view.replay}`] : []),
      ].join("\n") } } : {}),
      out: findingBlock(view, true, PLAIN).join("\n"),
    };
  });
  return { name: "findings", timeMs: 0, cases };
}

function propertiesSuite(summary: RunSummary): JunitSuite {
  const cases = summary.properties.filter((p) => p.end?.verdict !== "failed").map((p): JunitCase => ({
    classname: "properties",
    name: p.property,
    timeMs: p.end?.durationMs ?? 0,
    ...(p.end ? {} : { error: { message: "incomplete: the run stopped before this property finished", type: "incomplete" } }),
    ...(p.end?.verdict === "inconclusive" ? { skipped: "inconclusive: no case of this property proved anything" } : {}),
    properties: { verdict: p.end?.verdict ?? "incomplete" },
    out: [p.description, `cases: ${p.end?.numRuns ?? 0}`, `calls: ${p.calls}`, ...(p.end?.inconclusive ? [`inconclusive cases: ${p.end.inconclusive}`] : []),
      ...(p.findings.length > 0 ? [`observations: ${p.findings.map((n) => `#${n}`).join(", ")}`] : [])].filter(Boolean).join("\n"),
  }));
  return { name: "properties", timeMs: cases.reduce((sum, c) => sum + c.timeMs, 0), ...(summary.start ? { timestamp: summary.start.at } : {}), cases };
}

function infrastructureSuites(summary: RunSummary): JunitSuite[] {
  const cases = summary.infrastructure.map((message, index): JunitCase => ({
    classname: "infrastructure", name: `infrastructure ${index + 1}`, timeMs: 0, error: { message, type: "infrastructure" },
  }));
  return [{ name: "infrastructure", timeMs: 0, cases }];
}

function runProperties(summary: RunSummary): Record<string, string> {
  const start = summary.start;
  const stopped = stopText(summary.end);
  return { ...(start ? { runId: start.runId, seed: String(start.seed), target: start.target, driven: drivenBy(start), strict: String(start.strict), command: start.command } : {}),
    ...(stopped === undefined ? {} : { stopped }) };
}

