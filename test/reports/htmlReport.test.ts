import { test } from "uvu";
import * as assert from "uvu/assert";
import type { RunEvent } from "../../events/runEvent.ts";
import { escapeHtml } from "../../reports/escapeHtml.ts";
import { historyEntry } from "../../reports/history.ts";
import type { HistoryEntry } from "../../reports/history.ts";
import { htmlReport } from "../../reports/htmlReport.ts";
import { summarize } from "../../reports/summarize.ts";
import { HOSTILE, SAMPLE_REPLAY, sampleEvents } from "./sampleEvents.ts";

/** A stand-in bundle keeps these tests about the page, not the library. */
const BUNDLE = "/* chart library */";

function render(events: readonly RunEvent[] = sampleEvents()): string {
  const summary = summarize(events);
  const entry = historyEntry(summary);
  const history: HistoryEntry[] = entry ? [entry] : [];
  return htmlReport(summary, history, BUNDLE);
}

test("self-contained: a CSP that forbids fetching, and no external URL in any src or href", () => {
  const html = render();
  assert.ok(html.includes(`content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"`));
  assert.not.match(html, /(src|href)\s*=\s*["']?(https?:)?\/\//i);
  assert.ok(html.includes(`<script>${BUNDLE}</script>`), "the chart library is inlined");
});

test("event strings are escaped wherever they appear", () => {
  const html = render();
  assert.not.ok(html.includes("<script>alert"), "no raw markup from events");
  assert.ok(html.includes(escapeHtml(HOSTILE)));
  assert.ok(html.includes(escapeHtml(SAMPLE_REPLAY)));
  assert.is(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
});

test("chart data cannot close its script element", () => {
  const summary = summarize(sampleEvents());
  const entry = historyEntry(summary);
  assert.ok(entry);
  const html = htmlReport(summary, [{ ...entry, at: "</script><b>x" }], BUNDLE);
  const data = /<script type="application\/json" id="chart-specs">(.*?)<\/script>/s.exec(html)?.[1] ?? "";
  assert.ok(data.includes("\\u003c/script>\\u003cb>x"), data.slice(-300));
  const specs = JSON.parse(data) as Record<string, { data: { labels: string[] } }>;
  assert.ok(specs["trend-findings"]?.data.labels[0]?.startsWith("</script><b>x"));
});

test("the sections the issue asks for are all there", () => {
  const html = render();
  for (const id of ["verdict", "properties", "findings", "coverage", "errors", "latency", "trend"]) assert.ok(html.includes(`id="${id}"`), id);
  assert.ok(html.includes("bound:bucketName:min</span></td><td class=\"num\">never generated"));
  assert.ok(html.includes('<span class="chip warn">ConflictException</span>'));
});

test("input coverage: tags never generated in the open, the ones generated folded under their count", () => {
  const html = render();
  const bounds = /<h3>Boundaries<\/h3>(.*?)(?=<h3>)/s.exec(html)?.[1] ?? "";
  assert.match(bounds, /^<table id="coverage-bound-missed">.*bound:bucketName:min<\/span><\/td><td class="num">never generated.*?<\/table><details class="hit">/s);
  assert.match(bounds, /<details class="hit"><summary>1 of 2 tags generated<\/summary><table id="coverage-bound">.*bound:bucketName:max<\/span><\/td><td class="num">5<.*<\/details>/s);
  const branches = /<h3>Union branches<\/h3>(.*?)(?=<h3>)/s.exec(html)?.[1] ?? "";
  assert.match(branches, /^<details class="hit"><summary>2 of 2 tags generated<\/summary>/, "nothing missed, nothing in the open");
});

test("latency histograms and p50 and p95 per operation only for wire targets; an empty log still renders", () => {
  const model = render(sampleEvents().map((e): RunEvent => (e.type === "run.start" ? { ...e, target: "model", onWire: false } : e)));
  assert.not.ok(model.includes('id="latency-0"'));
  assert.ok(model.includes("wire targets (emulator, live) only"));
  assert.ok(render().includes('id="latency-0"'));
  const table = /id="transient-table".*?<\/table>/s.exec(render())?.[0] ?? "";
  const row = /<tr><td>GetIngestionDestination<\/td>.*?<\/tr>/s.exec(table)?.[0] ?? "";
  assert.match(row, /20–50 ms.*50–54 ms.*54 ms/s, "p50, p95 and the maximum");
  const empty = render([]);
  assert.ok(empty.includes('data-verdict="incomplete"'));
  assert.ok(empty.includes("No run history yet."));
});

test.run();
