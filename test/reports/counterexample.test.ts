/** Counterexamples in the reports: indented JSON, the member a failing check names marked where it was sent, or named beside. */
import fc from "fast-check";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { RunEvent } from "../../events/runEvent.ts";
import { htmlReport } from "../../reports/htmlReport.ts";
import { markdownSummary } from "../../reports/markdownSummary.ts";
import { markedCounterexample } from "../../reports/markedCounterexample.ts";
import { summarize } from "../../reports/summarize.ts";
import { sampleEvents } from "./sampleEvents.ts";

const PREFIX = "output.ingestionDestination.destinationConfiguration.auditLog.destination.s3Bucket.prefix";
const SENT = {
  appBundleIdentifier: "b", ingestionIdentifier: "i",
  destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "bucket", prefix: "a/" } } } },
  tags: [{ key: "k", value: "v" }],
};

test("the lines are JSON.stringify(value, null, 2)'s, whatever the value", () => {
  fc.assert(fc.property(fc.jsonValue(), (value) => {
    const text = JSON.stringify(value);
    assert.is(markedCounterexample(text, []).lines.map((l) => l.text).join("\n"), JSON.stringify(value, null, 2));
  }), { numRuns: 300, seed: 7 });
});

test("an output member is marked on the member sent under the longest tail of its path; an error member is placed nowhere", () => {
  const marked = markedCounterexample(JSON.stringify([{ kind: "create", input: SENT }, { kind: "create", input: SENT }]),
    [PREFIX, "error.reason", "output-schema", "outcome.unexpected-success", "output.tags.0.key"]);
  const at = (check: string) => marked.lines.filter((l) => l.marks.includes(check)).map((l) => l.text.trim());
  assert.equal(at(PREFIX), ['"prefix": "a/"', '"prefix": "a/"'], "in every command that sent it");
  assert.equal(at("output.tags.0.key"), ['"key": "k",', '"key": "k",']);
  assert.equal(marked.unplaced, ["error.reason"], "checks that name no member are neither marked nor listed");
  assert.equal(markedCounterexample("not json", [PREFIX]), { lines: [{ text: "not json", marks: [] }], unplaced: [PREFIX] });
});

/** The sample run, its failing property failing on the prefix and on error.reason, with SENT as counterexample. */
function failingOnPrefix(): RunEvent[] {
  return sampleEvents().flatMap((event): RunEvent[] => {
    if (event.type === "finding" && event.severity === "failure") {
      return [{ ...event, kind: "model", check: PREFIX, fingerprint: "p" }, { ...event, kind: "model", check: "error.reason", fingerprint: "r" }];
    }
    return [event.type === "property.end" && event.verdict === "failed" ? { ...event, counterexample: JSON.stringify(SENT) } : event];
  });
}

test("HTML: the counterexample indented, the diverging member's line marked and named, an answer-only member beside", () => {
  const html = htmlReport(summarize(failingOnPrefix()), [], "");
  const pre = /<pre class="counterexample">([\s\S]*?)<\/pre>/.exec(html)?.[1] ?? "";
  assert.ok(pre.startsWith("{\n  &quot;appBundleIdentifier&quot;: &quot;b&quot;,\n"), pre);
  assert.match(pre, new RegExp(`<mark title="diverges: ${PREFIX.replaceAll(".", "\\.")}">\\s+&quot;prefix&quot;: &quot;a/&quot;</mark>  <span class="diverges">◀ ${PREFIX.replaceAll(".", "\\.")}</span>`));
  assert.is(pre.match(/<mark/g)?.length, 1);
  assert.match(html, /Diverging in the answer only: <code>error\.reason<\/code>/);
});

test("Markdown: the counterexample indented in a fence, `◀` after the diverging member's line, an answer-only member beside", () => {
  const md = markdownSummary(summarize(failingOnPrefix()));
  assert.ok(md.includes(`      "prefix": "a/"  ◀ ${PREFIX}\n`), md);
  assert.ok(md.includes("Counterexample:\n\n```\n{\n  \"appBundleIdentifier\": \"b\",\n"));
  assert.ok(md.includes("Diverging in the answer only: error.reason"));
});

test.run();
