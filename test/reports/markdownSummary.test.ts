import { test } from "uvu";
import * as assert from "uvu/assert";
import type { RunEvent } from "../../events/runEvent.ts";
import { markdownSummary } from "../../reports/markdownSummary.ts";
import { mdFence, mdText } from "../../reports/markdownText.ts";
import { summarize } from "../../reports/summarize.ts";
import { HOSTILE, SAMPLE_REPLAY, SAMPLE_SEED, sampleEvents } from "./sampleEvents.ts";
import { findingFixture } from "../findingFixture.ts";

const md = markdownSummary(summarize(sampleEvents()));

test("the heading gives the verdict; what was driven, the seed and the numbers follow", () => {
  assert.match(md, /^## ❌ appfabric-harness: failed\n/);
  assert.ok(md.includes(`seed \`${SAMPLE_SEED}\` · target emulator (embedded emulator) · client built-in · appfabric-harness 0.0.0-test`));
  assert.ok(md.includes("9 cases, 9 calls in 8.0 s (1.1 calls/s) · 1 failure · 1 observation"), md);
});

test("a properties table with one row per property, naming the findings it hit", () => {
  const rows = md.split("\n").filter((line) => line.startsWith("| create."));
  assert.equal(rows, ["| create.valid | ✅ passed | 6 | 0 | 6 | #1 | 1.5 s |", "| create.invalid | ❌ failed | 3 | 2 | 3 | #2 | 2.0 s |"]);
});

test("a failure shows its calls as sent, the diverging member marked, the deciding exchange with its request id, and the replay command", () => {
  assert.ok(md.includes("#### #2 failure: GetIngestionDestination · input.ingestionDestinationIdentifier"));
  assert.ok(md.includes("2. GetIngestionDestination → ok (HTTP 200, request id 5a1d0c55-0000-4000-8000-00000000beef) ◀ deciding"));
  assert.ok(md.includes('  "ingestionDestinationIdentifier": "aaaa'), "the call pretty-printed");
  assert.match(md, /"ingestionDestinationIdentifier": "a+"  ◀ diverges/);
  assert.ok(md.includes("Where `<app bundle> = arn:aws:appfabric:us-east-1:123456789012:appbundle/b`."), "the run's own parents named, as code");
  assert.ok(md.includes("```http\n> GET /appbundles/b/ingestions/i/ingestiondestinations/d\n"), "the request");
  assert.ok(md.includes('< {"ingestionDestination":{"status":"Active"}}'), "the answer's body");
  assert.ok(md.includes("```sh\n" + SAMPLE_REPLAY + "\n```"), "replay in a shell block");
});

test("observations sit in a collapsed block, apart from failures; off the wire the block says there is no exchange", () => {
  assert.match(md, /<details><summary>1 observation \(divergences on rules that are not documented; not failures\)<\/summary>[\s\S]*status differs on an assumed rule[\s\S]*no exchange was recorded[\s\S]*<\/details>/);
  assert.match(md, /_\(rests on destination\.create\.status\)_\n\nHTTP exchange:/);
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
  const model = markdownSummary(summarize(sampleEvents().map((e): RunEvent => (e.type === "run.start" ? { ...e, target: "model", onWire: false } : e))));
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
    ...Array.from({ length: 60 }, (_, i): RunEvent => (findingFixture({ at: "2025-01-02T03:00:02Z", property: "create.valid", kind: "contract", severity: "failure", operation: "Op", check: "contract", message: "x".repeat(10_000), fingerprint: `f${i}` }))),
  ];
  const text = markdownSummary(summarize(many));
  assert.ok(text.includes("… and 35 more"));
  assert.ok(text.length < 200_000, `length ${text.length}`);
});

test.run();
