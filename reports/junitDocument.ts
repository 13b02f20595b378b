/** JUnit XML in the shape CI tools read: testsuites of testcases, each passing, failed, in error or skipped. */
import { create } from "xmlbuilder2";
import { xmlSafe } from "./xmlSafe.ts";

type XmlNode = ReturnType<typeof create>;

export interface JunitCase {
  readonly classname: string;
  readonly name: string;
  readonly timeMs: number;
  readonly failure?: { readonly message: string; readonly type: string; readonly text: string };
  readonly error?: { readonly message: string; readonly type: string };
  readonly skipped?: string;
  readonly out?: string;
  readonly properties?: Readonly<Record<string, string>>;
}

export interface JunitSuite {
  readonly name: string;
  readonly timeMs: number;
  readonly timestamp?: string;
  readonly cases: readonly JunitCase[];
}

export interface JunitDocument {
  readonly name: string;
  readonly timeMs: number;
  readonly timestamp?: string;
  /** Properties every suite carries (the run's seed, command and so on). */
  readonly properties: Readonly<Record<string, string>>;
  readonly suites: readonly JunitSuite[];
}

/** The document: the top level's counts are its testcases', so `failures` is the number of failing testcases. */
export function junitDocument(doc: JunitDocument): string {
  const suites = doc.suites.filter((s) => s.cases.length > 0);
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("testsuites", {
    name: doc.name, ...tally(suites.flatMap((s) => s.cases)), time: seconds(doc.timeMs), ...(doc.timestamp ? { timestamp: doc.timestamp } : {}),
  });
  for (const suite of suites) writeSuite(root, suite, doc.properties);
  return root.end({ prettyPrint: true }) + "\n";
}

function writeSuite(root: XmlNode, suite: JunitSuite, properties: Readonly<Record<string, string>>): void {
  const node = root.ele("testsuite", {
    name: xmlSafe(suite.name),
    ...tally(suite.cases),
    time: seconds(suite.timeMs),
    ...(suite.timestamp ? { timestamp: suite.timestamp } : {}),
  });
  const props = node.ele("properties");
  for (const [name, value] of Object.entries(properties)) props.ele("property", { name, value: xmlSafe(value) });
  for (const outcome of suite.cases) {
    const testcase = node.ele("testcase", { classname: xmlSafe(outcome.classname), name: xmlSafe(outcome.name), time: seconds(outcome.timeMs) });
    if (outcome.properties) {
      const own = testcase.ele("properties");
      for (const [name, value] of Object.entries(outcome.properties)) own.ele("property", { name, value: xmlSafe(value) });
    }
    if (outcome.failure) testcase.ele("failure", { message: xmlSafe(outcome.failure.message), type: outcome.failure.type }).txt(xmlSafe(outcome.failure.text));
    if (outcome.error) testcase.ele("error", { message: xmlSafe(outcome.error.message), type: outcome.error.type });
    if (outcome.skipped) testcase.ele("skipped", { message: xmlSafe(outcome.skipped) });
    if (outcome.out) testcase.ele("system-out").txt(xmlSafe(outcome.out));
  }
}

function tally(cases: readonly JunitCase[]): Record<"tests" | "failures" | "errors" | "skipped", string> {
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
