/** Counterexamples in the reports: each call indented, the member that diverged marked where the deciding call sent it, or named beside. */
import fc from "fast-check";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { RunEvent } from "../../events/runEvent.ts";
import { htmlReport } from "../../reports/htmlReport.ts";
import { markdownSummary } from "../../reports/markdownSummary.ts";
import { markedCounterexample } from "../../reports/markedCounterexample.ts";
import { summarize } from "../../reports/summarize.ts";
import { sampleEvents } from "./sampleEvents.ts";

const MEMBER = "ingestionDestination.destinationConfiguration.auditLog.destination.s3Bucket.prefix";
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

test("a diverging member is marked on the member sent under the longest tail of its path; one the input does not carry is placed nowhere", () => {
  const marked = markedCounterexample(JSON.stringify(SENT), [MEMBER, "ingestionDestination.ingestionArn", "tags.key"]);
  const at = (member: string) => marked.lines.filter((l) => l.marks.includes(member)).map((l) => l.text.trim());
  assert.equal(at(MEMBER), ['"prefix": "a/"']);
  assert.equal(at("tags.key"), ['"key": "k",']);
  assert.equal(marked.unplaced, ["ingestionDestination.ingestionArn"], "a member of the answer only is listed beside");
  assert.equal(markedCounterexample("not json", [MEMBER]), { lines: [{ text: "not json", marks: [] }], unplaced: [MEMBER] });
});

/** The sample run, its failure diverging at the prefix of a destination created by its deciding call. */
function failingOnPrefix(): RunEvent[] {
  return sampleEvents().map((event): RunEvent => {
    if (event.type !== "finding" || event.severity !== "failure" || event.evidence === undefined) return event;
    const calls = [...event.evidence.calls.slice(0, -1), { operation: "CreateIngestionDestination", input: JSON.stringify(SENT), result: "ok", status: 201 }];
    return { ...event, subject: MEMBER, evidence: { ...event.evidence, calls } };
  });
}

test("HTML: the deciding call's input indented, the diverging member's line marked, the earlier calls folded", () => {
  const html = htmlReport(summarize(failingOnPrefix()), [], "");
  const pres = [...html.matchAll(/<pre class="counterexample">([\s\S]*?)<\/pre>/g)].map((m) => m[1] ?? "");
  const deciding = pres.at(-1) ?? "";
  assert.ok(deciding.startsWith("{\n  &quot;appBundleIdentifier&quot;: &quot;b&quot;,\n"), deciding);
  assert.match(deciding, /<mark title="diverges">\s+&quot;prefix&quot;: &quot;a\/&quot;<\/mark>  <span class="diverges">◀ diverges<\/span>/);
  assert.is(deciding.match(/<mark/g)?.length, 1);
  assert.match(html, /<details open><summary>2\. CreateIngestionDestination → ok \(HTTP 201\) <b>◀ deciding<\/b>/);
});

test("Markdown: each call in a fence, `◀ diverges` after the deciding call's diverging member", () => {
  const md = markdownSummary(summarize(failingOnPrefix()));
  assert.ok(md.includes(`      "prefix": "a/"  ◀ diverges\n`), md);
  assert.ok(md.includes("2. CreateIngestionDestination → ok (HTTP 201) ◀ deciding\n\n```json\n{\n  \"appBundleIdentifier\": \"b\",\n"), md);
});

test.run();
