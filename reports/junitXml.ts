/**
 * JUnit XML in the shape CI tools read: a testsuite per property holding a testcase for the property
 * itself and one per check. Failures carry the counterexample and replay command; observations are not
 * failures and go to system-out.
 */
import { create } from "xmlbuilder2";
import { replayDetails } from "./replayDetails.ts";
import type { FindingSummary, PropertySummary, RunSummary } from "./runSummary.ts";
import { xmlSafe } from "./xmlSafe.ts";

type XmlNode = ReturnType<typeof create>;

interface Outcome {
  readonly name: string;
  readonly timeMs: number;
  readonly failure?: { readonly message: string; readonly type: string; readonly text: string };
  readonly error?: { readonly message: string; readonly type: string };
  readonly skipped?: string;
  readonly out?: string;
}

interface Suite {
  readonly name: string;
  readonly timeMs: number;
  readonly timestamp?: string;
  readonly cases: readonly Outcome[];
}

export function junitXml(summary: RunSummary): string {
  const suites = [...summary.properties.map(propertySuite), ...infrastructureSuites(summary)];
  const totals = tally(suites.flatMap((s) => s.cases));
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("testsuites", {
    name: "appfabric-harness",
    ...totals,
    time: seconds(summary.durationMs),
    ...(summary.start ? { timestamp: summary.start.at } : {}),
  });
  for (const suite of suites) writeSuite(root, suite, runProperties(summary));
  return root.end({ prettyPrint: true }) + "\n";
}

function propertySuite(p: PropertySummary): Suite {
  const details = p.end ? replayDetails(p.end).join("\n") : "";
  const unfinished = { message: "incomplete: the run stopped before this property finished", type: "incomplete" };
  const property: Outcome = {
    name: "property",
    timeMs: p.end?.durationMs ?? 0,
    ...(p.end?.verdict === "failed" ? { failure: { message: p.end.error ?? "property failed", type: "property", text: details } } : {}),
    ...(p.end ? {} : { error: unfinished }),
    ...(p.end?.verdict === "inconclusive" ? { skipped: "inconclusive: no case of this property proved anything" } : {}),
    out: [p.description, `cases: ${p.cases}`, ...(p.end?.inconclusive ? [`inconclusive cases: ${p.end.inconclusive}`] : [])].filter(Boolean).join("\n"),
  };
  const checks = p.checks.map((check): Outcome => {
    const found = p.findings.filter((f) => f.first.check === check);
    const failures = found.filter((f) => f.first.severity === "failure");
    const observations = found.filter((f) => f.first.severity === "observation");
    const first = failures[0]?.first;
    return {
      name: `check ${check}`,
      timeMs: 0,
      ...(first ? { failure: { message: first.message, type: first.kind, text: [...failures.map(findingLine), "", details].join("\n") } } : {}),
      ...(observations.length > 0 ? { out: ["observations (not failures):", ...observations.map(findingLine)].join("\n") } : {}),
    };
  });
  return { name: p.property, timeMs: p.end?.durationMs ?? 0, ...(p.startedAt ? { timestamp: p.startedAt } : {}), cases: [property, ...checks] };
}

function infrastructureSuites(summary: RunSummary): Suite[] {
  if (summary.infrastructure.length === 0) return [];
  const cases = summary.infrastructure.map((message, index): Outcome => ({
    name: `infrastructure ${index + 1}`,
    timeMs: 0,
    error: { message, type: "infrastructure" },
  }));
  return [{ name: "infrastructure", timeMs: 0, cases }];
}

function findingLine(f: FindingSummary): string {
  const times = f.count > 1 ? ` (x${f.count})` : "";
  return `[${f.first.severity}] ${f.first.kind} ${f.first.operation}: ${f.first.message}${times}`;
}

function runProperties(summary: RunSummary): Record<string, string> {
  const start = summary.start;
  return {
    verdict: summary.verdict,
    ...(start ? { runId: start.runId, seed: String(start.seed), target: start.target, strict: String(start.strict), command: start.command } : {}),
  };
}

function writeSuite(root: XmlNode, suite: Suite, properties: Record<string, string>): void {
  const node = root.ele("testsuite", {
    name: xmlSafe(suite.name),
    ...tally(suite.cases),
    time: seconds(suite.timeMs),
    ...(suite.timestamp ? { timestamp: suite.timestamp } : {}),
  });
  const props = node.ele("properties");
  for (const [name, value] of Object.entries(properties)) props.ele("property", { name, value: xmlSafe(value) });
  for (const outcome of suite.cases) {
    const testcase = node.ele("testcase", { classname: xmlSafe(suite.name), name: xmlSafe(outcome.name), time: seconds(outcome.timeMs) });
    if (outcome.failure) {
      testcase.ele("failure", { message: xmlSafe(outcome.failure.message), type: outcome.failure.type }).txt(xmlSafe(outcome.failure.text));
    }
    if (outcome.error) testcase.ele("error", { message: xmlSafe(outcome.error.message), type: outcome.error.type });
    if (outcome.skipped) testcase.ele("skipped", { message: xmlSafe(outcome.skipped) });
    if (outcome.out) testcase.ele("system-out").txt(xmlSafe(outcome.out));
  }
}

function tally(cases: readonly Outcome[]): Record<"tests" | "failures" | "errors" | "skipped", string> {
  return {
    tests: String(cases.length),
    failures: String(cases.filter((c) => c.failure).length),
    errors: String(cases.filter((c) => c.error).length),
    skipped: String(cases.filter((c) => c.skipped).length),
  };
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}
