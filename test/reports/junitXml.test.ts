import { XMLParser, XMLValidator } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { RunEvent } from "../../events/runEvent.ts";
import { junitXml } from "../../reports/junitXml.ts";
import { summarize } from "../../reports/summarize.ts";
import { HOSTILE, SAMPLE_REPLAY, sampleEvents } from "./sampleEvents.ts";

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

test("testsuites > testsuite > testcase > failure, with the attributes CI tools read", () => {
  const root = parse(junitXml(summarize(sampleEvents())));
  const suites = root["testsuites"] as Node;
  for (const attr of ["@name", "@tests", "@failures", "@errors", "@skipped", "@time"]) assert.ok(attr in suites, `testsuites ${attr}`);
  const suiteList = list(suites, "testsuite");
  assert.equal(suiteList.map((s) => s["@name"]), ["create.valid", "create.invalid"]);
  for (const suite of suiteList) {
    for (const attr of ["@name", "@tests", "@failures", "@errors", "@skipped", "@time"]) assert.ok(attr in suite, `testsuite ${attr}`);
    const cases = list(suite, "testcase");
    assert.is(Number(suite["@tests"]), cases.length);
    assert.is(Number(suite["@failures"]), cases.filter((c) => list(c, "failure").length > 0).length);
    for (const testcase of cases) for (const attr of ["@classname", "@name", "@time"]) assert.ok(attr in testcase, `testcase ${attr}`);
  }
  assert.is(Number(suites["@tests"]), 6);
  assert.is(Number(suites["@failures"]), 2);
});

test("a testcase per property and per check; failures carry counterexample and replay command", () => {
  const suites = list(parse(junitXml(summarize(sampleEvents())))["testsuites"], "testsuite");
  const invalid = list(suites[1], "testcase");
  assert.equal(invalid.map((c) => c["@name"]), ["property", "check contract", "check label"]);
  const failure = list(invalid[2], "failure")[0];
  assert.ok(failure, "the failing check has a failure");
  assert.is(failure["@type"], "label");
  const text = String(failure["#text"]);
  assert.ok(text.includes(`replay: ${SAMPLE_REPLAY}`), text);
  assert.ok(text.includes("counterexample: {\"bucketName\""), text);
  assert.is(failure["@message"], `tooLong accepted ${HOSTILE}`, "the message round-trips through XML escaping");
});

test("observations are not failures: they go to system-out", () => {
  const suites = list(parse(junitXml(summarize(sampleEvents())))["testsuites"], "testsuite");
  const model = list(suites[0], "testcase").find((c) => c["@name"] === "check model");
  assert.equal(list(model, "failure"), []);
  assert.ok(String(model?.["system-out"]).includes("status differs on an assumed rule"));
  assert.is(suites[0]?.["@failures"], "0");
});

test("unfinished properties and infrastructure problems are errors; fuzzed control characters stay well-formed", () => {
  const events: RunEvent[] = [
    ...sampleEvents().slice(0, 2),
    { type: "finding", at: "2025-01-02T03:00:01.500Z", property: "create.valid", kind: "contract", severity: "failure", operation: "Op", check: "contract", message: "bad \u0000\u0007 byte \ud800", fingerprint: "f" },
    { type: "infrastructure", at: "2025-01-02T03:00:02Z", message: "emulator stopped" },
  ];
  const suites = list(parse(junitXml(summarize(events)))["testsuites"], "testsuite");
  assert.equal(suites.map((s) => s["@name"]), ["create.valid", "infrastructure"]);
  assert.is(suites[0]?.["@errors"], "1");
  assert.is(list(list(suites[0], "testcase")[0], "error")[0]?.["@type"], "incomplete");
  assert.is(list(list(suites[1], "testcase")[0], "error")[0]?.["@message"], "emulator stopped");
  const message = String(list(list(suites[0], "testcase").find((c) => c["@name"] === "check contract"), "failure")[0]?.["@message"]);
  assert.is(message, "bad \\u0000\\u0007 byte \\ud800");
});

test.run();
