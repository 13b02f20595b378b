/**
 * One bug, one finding, counted the same everywhere: for planted mutants (a sample chosen by a printed seed),
 * the console verdict, the Markdown summary, the HTML banner, JUnit's top-level failures and the event log's
 * end record give one number, and the console prints each finding's message once.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MUTANTS } from "../../emulator/mutants/catalogue.ts";
import type { FindingEvent, RunEnd, RunEvent } from "../../events/runEvent.ts";
import { runMain } from "./runMain.ts";

const SAMPLE_SIZE = 4;
const seed = Number(process.env.FINDING_COUNTS_SEED ?? Date.now() % 1_000_000);
const sample = fc.sample(fc.shuffledSubarray(MUTANTS.map((m) => m.name), { minLength: SAMPLE_SIZE, maxLength: SAMPLE_SIZE }), { seed, numRuns: 1 })[0] ?? [];
// Printed so that a failure here can be run again on the same mutants.
console.log(`finding counts: mutants ${sample.join(", ")} (FINDING_COUNTS_SEED=${seed})`);

interface Surfaces {
  readonly console: string;
  readonly events: RunEvent[];
  readonly markdown: string;
  readonly html: string;
  readonly junit: string;
}

async function run(args: readonly string[]): Promise<Surfaces> {
  const dir = mkdtempSync(join(tmpdir(), "harness-counts-"));
  try {
    const result = await runMain(["run", ...args, "--no-corpus", "--report-dir", dir]);
    const read = (name: string) => readFileSync(join(dir, name), "utf8");
    return { console: result.stdout, events: read("events.jsonl").trim().split("\n").map((l) => JSON.parse(l) as RunEvent),
      markdown: read("summary.md"), html: read("index.html"), junit: read("junit.xml") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const count = (text: string, pattern: RegExp, where: string): number => {
  const match = pattern.exec(text);
  assert.ok(match, `${where}: no failure count in ${text.slice(0, 400)}`);
  return Number(match[1]);
};

/** The run's failure count as each surface states it. */
function failureCounts(s: Surfaces): Record<string, number> {
  const verdict = s.console.split("\n").find((line) => /^[A-Z-]+: \d+ failures? · /.test(line)) ?? "";
  const end = s.events.find((e): e is RunEnd => e.type === "run.end");
  return {
    console: count(verdict, /^[A-Z-]+: (\d+) failures? · /, "console verdict"),
    markdown: count(s.markdown, /· (\d+) failures? · \d+ observations?\b/, "Markdown heading"),
    html: count(s.html.slice(s.html.indexOf('id="verdict"')), /(\d+) failures? · /, "HTML banner"),
    junit: count(s.junit, /<testsuites [^>]*failures="(\d+)"/, "JUnit"),
    events: end?.failures ?? -1,
  };
}

test(`the failure count is one number on every surface, and each finding is printed once (mutants ${sample.join(", ")})`, async () => {
  let caught = 0;
  for (const mutant of sample) {
    const surfaces = await run(["--mutant", mutant, "--seed", "5", "--runs", "12"]);
    const counts = failureCounts(surfaces);
    const distinct = new Set(surfaces.events.filter((e): e is FindingEvent => e.type === "finding" && e.severity === "failure").map((e) => e.fingerprint));
    assert.equal(counts, { console: distinct.size, markdown: distinct.size, html: distinct.size, junit: distinct.size, events: distinct.size }, mutant);
    if (distinct.size > 0) caught++;
    // Each failure is one block, its heading once; a message is printed in blocks only, never on a property's line.
    const lines = surfaces.console.split("\n");
    const headings = lines.filter((line) => /^#\d+ failure /.test(line));
    assert.is(headings.length, distinct.size, `${mutant}: ${headings.join(" | ")}`);
    assert.is(new Set(headings).size, headings.length, `${mutant}: a heading printed twice`);
    const messages = new Set(surfaces.events.flatMap((e) => (e.type === "finding" && e.severity === "failure" ? e.checks.map((c) => c.message.split("\n")[0] ?? "") : [])));
    // A finding prints a line per check (three members of one configuration are three lines), each once.
    for (const message of messages) {
      const printed = lines.filter((line) => line.includes(message)).length;
      assert.ok(printed <= 2, `${mutant}: ${printed} lines repeat the message ${JSON.stringify(message.slice(0, 80))}`);
    }
  }
  assert.ok(caught > 0, "the sample's mutants found nothing: the counts were never put to the test");
});

test("a bug confined to one member of one operation's answer is exactly one failure, whatever number of properties and cases meet it", async () => {
  // Creates answer without ingestionArn: the output schema and the model both see it, in every case; it is one finding.
  const surfaces = await run(["--mutant", "missing-required-member", "--seed", "5", "--runs", "30", "--property", "create-valid"]);
  const counts = failureCounts(surfaces);
  assert.equal(Object.values(counts), [1, 1, 1, 1, 1], JSON.stringify(counts));
});

test("a finding on the emulator shows its request id and both bodies in Markdown, HTML and JUnit; on the mock it says no HTTP exchange exists", async () => {
  const args = ["--mutant", "update-changes-processing", "--property", "update-semantics", "--seed", "5", "--runs", "10"];
  const wire = await run(["--target", "emulator", ...args]);
  const finding = wire.events.find((e): e is FindingEvent => e.type === "finding" && e.severity === "failure");
  const exchange = finding?.evidence?.exchange;
  assert.ok(exchange?.requestId, "the deciding exchange has a request id");
  const escapeHtml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
  const escapeXml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  const request = exchange.requestBody.slice(0, 60), response = (exchange.responseBody ?? "").slice(0, 60);
  assert.ok(request.length > 0 && response.length > 0);
  for (const [surface, text, escape] of [["Markdown", wire.markdown, (t: string) => t], ["HTML", wire.html, escapeHtml], ["JUnit", wire.junit, escapeXml]] as const) {
    for (const part of [exchange.requestId, request, response]) assert.ok(text.includes(escape(part)) || text.includes(part), `${surface} lacks ${part}`);
  }
  const mock = await run(["--target", "mock", ...args]);
  for (const [surface, text] of [["Markdown", mock.markdown], ["HTML", mock.html], ["JUnit", mock.junit]] as const) {
    assert.ok(text.includes("no HTTP exchange exists on the mock target"), `${surface} does not say the mock has no exchange`);
  }
});

test.run();
