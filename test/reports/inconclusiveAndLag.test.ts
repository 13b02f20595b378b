/** Cases that proved nothing and reads that lagged are counted, named in the verdict, and listed in every report. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunEvent } from "../../events/runEvent.ts";
import { readEventLog } from "../../reports/readEventLog.ts";
import { ansiColors } from "../../reports/ansiColors.ts";
import { propertyLine, verdictLine } from "../../reports/consoleFormat.ts";
import { htmlReport } from "../../reports/htmlReport.ts";
import { junitXml } from "../../reports/junitXml.ts";
import { markdownSummary } from "../../reports/markdownSummary.ts";
import { summarize } from "../../reports/summarize.ts";

const at = "2026-01-01T00:00:00.000Z";
const events: RunEvent[] = [
  { type: "run.start", runId: "r", at, seed: 5, target: "live", strict: false, runs: 10, command: "appfabric-harness run --target live" },
  { type: "property.start", at, property: "create-valid", description: "d" },
  { type: "inconclusive", at, property: "create-valid", reason: "CreateIngestionDestination: throttling persisted through 5 rounds of retries" },
  { type: "inconclusive", at, property: "create-valid", reason: "CreateIngestionDestination: throttling persisted through 5 rounds of retries" },
  { type: "lag", at, property: "create-valid", operation: "GetIngestionDestination", lagMs: 300, settled: true },
  { type: "lag", at, property: "create-valid", operation: "ListIngestionDestinations", lagMs: 1200, settled: false },
  { type: "property.end", at, property: "create-valid", verdict: "passed", numRuns: 8, numShrinks: 0, durationMs: 10, seed: 5, inconclusive: 2 },
  { type: "property.start", at, property: "stateful-lifecycle", description: "d" },
  { type: "property.end", at, property: "stateful-lifecycle", verdict: "inconclusive", numRuns: 0, numShrinks: 0, durationMs: 10, seed: 5, interrupted: true },
  { type: "run.end", at, verdict: "passed", exitCode: 0, durationMs: 20, failures: 0, observations: 0, stoppedBy: "max-requests", notRun: [] },
];
const plain = ansiColors(false);

test("the summary counts inconclusive cases by property and reason, and lagging reads with the longest lag", () => {
  const summary = summarize(events);
  assert.is(summary.inconclusiveCases, 2);
  assert.equal(summary.inconclusive, [{ property: "create-valid", reason: "CreateIngestionDestination: throttling persisted through 5 rounds of retries", count: 2 }]);
  assert.equal(summary.lag, { reads: 2, unsettled: 1, longestMs: 1200 });
});

test("the console names them: on the property's line, and in the verdict, with the property that judged nothing", () => {
  const summary = summarize(events);
  const verdict = verdictLine(summary, plain);
  assert.match(verdict, /2 inconclusive cases \(create-valid: 2 × CreateIngestionDestination: throttling persisted/);
  assert.match(verdict, /2 lagging reads \(longest 1\.2 s, 1 past the window\)/);
  assert.match(verdict, /judged no case: stateful-lifecycle/);
  const ended = events.filter((e) => e.type === "property.end");
  const none = { failures: [], observations: [] };
  assert.match(propertyLine(ended[0] as never, none, false, plain), /^PASS create-valid: passed, 8 cases, 2 inconclusive/);
  assert.match(propertyLine(ended[1] as never, none, false, plain), /^INCONCLUSIVE stateful-lifecycle: inconclusive, 0 cases/);
});

test("Markdown, JUnit and HTML list them: a property that judged nothing is skipped, never passed", () => {
  const summary = summarize(events);
  const md = markdownSummary(summary);
  assert.match(md, /### Inconclusive cases/);
  assert.match(md, /\| create-valid \| CreateIngestionDestination: throttling persisted through 5 rounds of retries \| 2 \|/);
  assert.match(md, /⚠️ inconclusive/);
  const xml = junitXml(summary);
  assert.match(xml, /<skipped message="inconclusive: no case of this property proved anything"\/>/);
  assert.match(xml, /<testsuites[^>]*skipped="1"/);
  const html = htmlReport(summary, [], "");
  assert.match(html, /id="inconclusive"/);
  assert.match(html, /2 lagging reads/);
});

test("a rebuilt log keeps them: every event type is read back", () => {
  const dir = mkdtempSync(join(tmpdir(), "harness-events-"));
  try {
    const file = join(dir, "events.jsonl");
    writeFileSync(file, events.map((e) => JSON.stringify(e)).join("\n") + "\n");
    const read = readEventLog(file);
    assert.equal(read.skippedLines, []);
    assert.equal(read.events, events);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
