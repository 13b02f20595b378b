import { XMLParser, XMLValidator } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { RunEvent } from "../../events/runEvent.ts";
import { junitXml } from "../../reports/junitXml.ts";
import { summarize } from "../../reports/summarize.ts";
import { HOSTILE, SAMPLE_REPLAY, sampleEvents } from "./sampleEvents.ts";
import { findingFixture } from "../findingFixture.ts";

type Node = Record<string, unknown>;

/** Elements that CI tools treat as lists are parsed as arrays even when single. */
const LISTS = new Set(["testsuite", "testcase", "failure", "error", "property"]);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => LISTS.has(name) });

function parse(xml: string): Node {
  assert.is(XMLValidator.validate(xml), true, "well-formed XML");
  return parser.parse(xml) as Node;
}

function list(node: unknown, key: string): Node[] {
  const value = (node as Node)[key];
  return Array.isArray(value) ? (value as Node[]) : [];
}

test("testsuites > testsuite > testcase > failure, with the attributes CI tools read; failures counts failing testcases", () => {
  const root = parse(junitXml(summarize(sampleEvents())));
  const suites = root["testsuites"] as Node;
  for (const attr of ["@name", "@tests", "@failures", "@errors", "@skipped", "@time"]) assert.ok(attr in suites, `testsuites ${attr}`);
  const suiteList = list(suites, "testsuite");
  assert.equal(suiteList.map((s) => s["@name"]), ["findings", "properties"]);
  for (const suite of suiteList) {
    for (const attr of ["@name", "@tests", "@failures", "@errors", "@skipped", "@time"]) assert.ok(attr in suite, `testsuite ${attr}`);
    const cases = list(suite, "testcase");
    assert.is(Number(suite["@tests"]), cases.length);
    assert.is(Number(suite["@failures"]), cases.filter((c) => list(c, "failure").length > 0).length);
    for (const testcase of cases) for (const attr of ["@classname", "@name", "@time"]) assert.ok(attr in testcase, `testcase ${attr}`);
  }
  assert.is(Number(suites["@tests"]), 3, "two findings and the property that passed");
  assert.is(Number(suites["@failures"]), 1, "one failure, as the verdict counts it");
});

test("a finding is one testcase: the failure says what and how to replay it, its system-out holds the calls, the HTTP exchange and the request id", () => {
  const [findings] = list(parse(junitXml(summarize(sampleEvents())))["testsuites"], "testsuite");
  const cases = list(findings, "testcase");
  assert.equal(cases.map((c) => c["@name"]), ["#1 observation: CreateIngestionDestination · model", "#2 failure: GetIngestionDestination · input.ingestionDestinationIdentifier"]);
  const failure = list(cases[1], "failure")[0];
  assert.ok(failure, "the failing finding has a failure");
  assert.is(failure["@type"], "label");
  assert.is(failure["@message"], `tooLong accepted ${HOSTILE}`, "the message round-trips through XML escaping");
  assert.ok(String(failure["#text"]).includes(`replay: ${SAMPLE_REPLAY}`));
  const out = String(cases[1]?.["system-out"]);
  for (const part of ["request id 5a1d0c55-0000-4000-8000-00000000beef", "> GET /appbundles/b/ingestions/i/ingestiondestinations/d", "< x-amzn-requestid: 5a1d0c55",
    '< {"ingestionDestination":{"status":"Active"}}', '"ingestionDestinationIdentifier": "aaaa', `replay: ${SAMPLE_REPLAY}`]) assert.ok(out.includes(part), `${part} in ${out}`);
});

test("observations are not failures: a passing testcase with its text; a property that passed stays visible with its own verdict", () => {
  const [findings, properties] = list(parse(junitXml(summarize(sampleEvents())))["testsuites"], "testsuite");
  const observation = list(findings, "testcase")[0];
  assert.equal(list(observation, "failure"), []);
  assert.ok(String(observation?.["system-out"]).includes("status differs on an assumed rule"));
  const passed = list(properties, "testcase");
  assert.equal(passed.map((c) => c["@name"]), ["create.valid"]);
  assert.equal(list(passed[0]?.["properties"], "property").map((p) => [p["@name"], p["@value"]]), [["verdict", "passed"]]);
});

test("a passing run has no failing testcase, and no testcase carries a failed verdict", () => {
  const passing = sampleEvents().filter((e) => !(e.type === "finding" && e.severity === "failure"))
    .filter((e) => !(e.type === "property.end" && e.property === "create.invalid"))
    .map((e) => (e.type === "run.end" ? { ...e, verdict: "passed" as const, exitCode: 0, failures: 0 } : e));
  const xml = junitXml(summarize(passing));
  const root = parse(xml)["testsuites"] as Node;
  assert.is(root["@failures"], "0");
  const cases = list(root, "testsuite").flatMap((s) => list(s, "testcase"));
  assert.ok(cases.length > 0);
  assert.equal(cases.filter((c) => list(c, "failure").length > 0), []);
  assert.not.match(xml, /value="failed"/);
});

test("unfinished properties and infrastructure problems are errors; fuzzed control characters stay well-formed", () => {
  const events: RunEvent[] = [
    ...sampleEvents().slice(0, 2),
    findingFixture({ at: "2025-01-02T03:00:01.500Z", property: "create.valid", kind: "contract", severity: "failure", operation: "Op", check: "contract", message: "bad \u0000\u0007 byte \ud800", fingerprint: "f" }),
    { type: "infrastructure", at: "2025-01-02T03:00:02Z", message: "emulator stopped" },
  ];
  const suites = list(parse(junitXml(summarize(events)))["testsuites"], "testsuite");
  assert.equal(suites.map((s) => s["@name"]), ["findings", "properties", "infrastructure"]);
  const unfinished = list(suites[1], "testcase")[0];
  assert.is(unfinished?.["@name"], "create.valid");
  assert.is(list(unfinished, "error")[0]?.["@type"], "incomplete");
  assert.is(list(list(suites[2], "testcase")[0], "error")[0]?.["@message"], "emulator stopped");
  const message = String(list(list(suites[0], "testcase")[0], "failure")[0]?.["@message"]);
  assert.is(message, "bad \\u0000\\u0007 byte \\ud800");
});

test.run();
