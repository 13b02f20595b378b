import { test } from "uvu";
import * as assert from "uvu/assert";
import type { RunEvent } from "../../events/runEvent.ts";
import { markdownSummary } from "../../reports/markdownSummary.ts";
import { mdFence, mdText } from "../../reports/markdownText.ts";
import { summarize } from "../../reports/summarize.ts";
import { HOSTILE, SAMPLE_REPLAY, SAMPLE_SEED, sampleEvents } from "./sampleEvents.ts";

const md = markdownSummary(summarize(sampleEvents()));

test("the heading gives the verdict; the seed and counts follow", () => {
  assert.match(md, /^## ❌ appfabric-harness: failed\n/);
  assert.ok(md.includes(`seed \`${SAMPLE_SEED}\``));
  assert.ok(md.includes("9 cases in 8.0 s"));
  assert.ok(md.includes("1 failure ·"));
});

test("a properties table with one row per property", () => {
  const rows = md.split("\n").filter((line) => line.startsWith("| create."));
  assert.equal(rows, ["| create.valid | ✅ passed | 6 | 0 | 6 | 1.5 s |", "| create.invalid | ❌ failed | 3 | 2 | 3 | 2.0 s |"]);
});

test("failures show the counterexample, seed, path and replay command in code blocks", () => {
  assert.ok(md.includes("#### create.invalid"));
  assert.ok(md.includes("```sh\n" + SAMPLE_REPLAY + "\n```"), "replay in a shell block");
  assert.ok(md.includes('Counterexample:\n\n```\n{\n  "bucketName": "aaa'), "counterexample in a code block, indented");
  assert.ok(md.includes("path 7:0:1"));
});

test("observations sit in a collapsed block, apart from failures", () => {
  assert.match(md, /<details><summary>1 observation \(not failures\)<\/summary>[\s\S]*status differs on an assumed rule[\s\S]*<\/details>/);
});

test("coverage and error contract tables name what was never generated or observed", () => {
  assert.ok(md.includes("| Boundaries | 1 | bound:bucketName:min |"), md);
  assert.ok(md.includes("| CreateIngestionDestination | ThrottlingException, ValidationException | ConflictException, ServiceQuotaExceededException | – |"));
});

test("event text cannot inject HTML or break tables", () => {
  assert.not.ok(md.replace(/```[\s\S]*?```/g, "").includes("<script>"), "no raw markup outside code blocks");
  assert.is(mdText(HOSTILE), String.raw`\<script\>alert("x")\</script\> \| \*\*bold\*\* \`tick\``);
  assert.is(mdFence("a ``` b"), "````\na ``` b\n````");
});

test("p50 and p95 per operation on wire targets, to the histogram bucket they fall in; none off the wire", () => {
  assert.ok(md.includes("| GetIngestionDestination | 3 | 20–50 ms | 50–54 ms | 54 ms |"), md);
  const model = markdownSummary(summarize(sampleEvents().map((e): RunEvent => (e.type === "run.start" ? { ...e, target: "model" } : e))));
  assert.not.ok(model.includes("### Latency"));
});

test("an incomplete run says so", () => {
  const cut: RunEvent[] = sampleEvents().filter((e) => e.type !== "run.end");
  const text = markdownSummary(summarize(cut));
  assert.match(text, /^## ⚠️ appfabric-harness: incomplete/);
  assert.ok(text.includes("stopped before it finished"));
});

test("long runs stay within comment limits", () => {
  const many: RunEvent[] = [
    ...sampleEvents().slice(0, 2),
    ...Array.from({ length: 60 }, (_, i): RunEvent => ({ type: "finding", at: "2025-01-02T03:00:02Z", property: "create.valid", kind: "contract", severity: "failure", operation: "Op", check: "contract", message: "x".repeat(10_000), fingerprint: `f${i}` })),
  ];
  const text = markdownSummary(summarize(many));
  assert.ok(text.includes("… and 35 more"));
  assert.ok(text.length < 200_000, `length ${text.length}`);
});

test.run();
