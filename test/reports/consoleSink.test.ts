import { test } from "uvu";
import * as assert from "uvu/assert";
import type { RunEvent } from "../../events/runEvent.ts";
import { createConsoleSink } from "../../reports/consoleSink.ts";
import { consoleOptions } from "../../reports/consoleOptions.ts";
import type { ConsoleMode } from "../../reports/consoleOptions.ts";
import { formatDuration } from "../../reports/formatNumbers.ts";
import { progressBar } from "../../reports/progressBar.ts";
import { SAMPLE_REPLAY, SAMPLE_SEED, sampleEvents, sampleRounds } from "./sampleEvents.ts";

const ANSI = /\x1b\[/;

/** Runs events through a console sink writing to a fake stream; the clock advances 200 ms per reading. */
async function render(mode: ConsoleMode, tty: boolean, events: readonly RunEvent[] = sampleEvents()): Promise<string> {
  let output = "";
  let clock = 0;
  const sink = createConsoleSink({ write: (text: string) => (output += text), columns: 100 }, { mode, tty, color: tty, now: () => (clock += 200) });
  for (const event of events) sink.emit(event);
  await sink.close();
  return output;
}

test("plain normal: the seed first, a line per property, failure details, the verdict; no escapes", async () => {
  const out = await render("normal", false);
  const lines = out.trimEnd().split("\n");
  assert.ok(lines[0]?.startsWith(`seed ${SAMPLE_SEED}`), lines[0]);
  assert.ok(lines.includes("PASS create.valid: passed, 6 runs, 1 observation, 1.5 s"), out);
  assert.ok(lines.includes("FAIL create.invalid: failed, 3 runs, 2 shrinks, 2.0 s"), out);
  assert.ok(lines.includes(`    replay: ${SAMPLE_REPLAY}`));
  assert.ok(lines.includes(`    seed ${SAMPLE_SEED}, path 7:0:1`));
  assert.ok(lines.some((l) => l.startsWith("    counterexample: {")));
  assert.ok(lines[lines.length - 1]?.startsWith("FAILED: 1 of 2 properties failed · 1 failure · 1 observation"), lines[lines.length - 1]);
  assert.not.match(out, ANSI);
  assert.not.ok(out.includes("\r"));
  assert.is(lines.filter((l) => l.includes("[failure]")).length, 1, "a repeated finding is printed once");
  assert.not.ok(out.includes("[observation]"), "observations are counted, not listed");
});

/** The sample's events with a fast-check run ending after every second call: runs are the property's cases, not its calls. */
function withProgress(events: readonly RunEvent[]): RunEvent[] {
  const calls = new Map<string, number>();
  return events.flatMap((event): RunEvent[] => {
    if (event.type !== "case") return [event];
    const made = (calls.get(event.property) ?? 0) + 1;
    calls.set(event.property, made);
    return made % 2 === 0 ? [event, { type: "progress", property: event.property, runs: made / 2, total: 6, shrinks: 0 }] : [event];
  });
}

test("tty: colour, a progress bar of runs (not calls) with ETA, redrawn in place and cleared before the next line", async () => {
  const out = await render("normal", true, withProgress(sampleEvents()));
  assert.match(out, ANSI);
  assert.match(out, /\r\x1b\[2K.*create\.valid .*█.*% [12]\/6 runs · ETA .* · [2-4] calls/);
  assert.not.match(out, /[5-9]\/6/, "six calls are three runs");
  assert.ok(out.includes("✓"));
  assert.ok(out.includes("✗"));
  // Every line printed after a bar starts by clearing it.
  const barIndex = out.indexOf("█");
  const nextLine = out.indexOf("\n", barIndex);
  assert.ok(out.lastIndexOf("\r\x1b[2K", nextLine) > barIndex, "bar cleared before the property line");
});

test("exploration: each round's number and seed, on the bar too; PASS lines in the first round only, failures in any", async () => {
  const events = withProgress(sampleRounds(3));
  const plain = (await render("normal", false, events)).split("\n");
  assert.equal(plain.filter((l) => l.startsWith("round ")), ["round 1 · seed 1", "round 2 · seed 2", "round 3 · seed 3"]);
  assert.is(plain.filter((l) => l.startsWith("PASS create.valid")).length, 1, "the same PASS line once");
  assert.is(plain.filter((l) => l.startsWith("FAIL create.invalid")).length, 3, "a failure in every round it happens");
  assert.match(await render("normal", true, events), /round 3 · seed 3 · create\.valid .*█/);
  assert.is((await render("verbose", false, events)).split("\n").filter((l) => l.startsWith("PASS create.valid")).length, 3, "verbose prints every round");
});

test("quiet: only findings, replay commands and the verdict line", async () => {
  const lines = (await render("quiet", false)).trimEnd().split("\n");
  assert.equal(lines.length, 3, lines.join("\n"));
  assert.ok(lines[0]?.startsWith("  [failure] create.invalid: label GetIngestionDestination"));
  assert.is(lines[1], `create.invalid: replay: ${SAMPLE_REPLAY}`);
  assert.ok(lines[2]?.startsWith("FAILED: ") && lines[2].includes(`seed ${SAMPLE_SEED}`), "the verdict line carries the seed");
});

test("quiet on a terminal draws no progress bar", async () => {
  assert.not.ok((await render("quiet", true)).includes("█"));
});

test("verbose: every finding including observations, and each property's details", async () => {
  const out = await render("verbose", false);
  assert.ok(out.includes("> create.valid\n"));
  assert.ok(out.includes("  [observation] create.valid: model CreateIngestionDestination (check model): status differs on an assumed rule"));
  assert.is(out.split("\n").filter((l) => l.includes("[failure]")).length, 2, "every finding event, not deduplicated");
  assert.ok(out.includes("    valid inputs are accepted"));
  assert.ok(out.includes("    6 cases · checks: contract, model · 0 distinct failures · 1 distinct observation"));
});

test("a run closed without run.end ends with an INCOMPLETE verdict line", async () => {
  const out = await render("normal", false, sampleEvents().slice(0, 10));
  assert.match(out.trimEnd().split("\n").pop() ?? "", /^INCOMPLETE: /);
});

test("control characters from events are escaped and secrets redacted", async () => {
  const [start, ...rest] = sampleEvents();
  const hostile: RunEvent = { type: "infrastructure", at: "2025-01-02T03:00:01Z", message: "\x1b[2Jfake\rPASSED key AKIAABCDEFGHIJKLMNOP" };
  const out = await render("quiet", false, [start as RunEvent, hostile, ...rest]);
  assert.ok(out.includes("infrastructure: \\u001b[2Jfake\\u000dPASSED key [REDACTED]"), out);
  assert.not.match(out, ANSI);
});

test("consoleOptions: plain lines in CI, when piped, or with NO_COLOR", () => {
  assert.equal(consoleOptions("normal", true, {}), { mode: "normal", tty: true, color: true });
  assert.equal(consoleOptions("normal", false, {}), { mode: "normal", tty: false, color: false });
  assert.equal(consoleOptions("quiet", true, { CI: "true" }), { mode: "quiet", tty: false, color: false });
  assert.equal(consoleOptions("verbose", true, { NO_COLOR: "1" }), { mode: "verbose", tty: false, color: false });
  assert.equal(consoleOptions("normal", true, { CI: "false" }).tty, true);
});

test("progressBar: done against the total with ETA; shrink steps once a run failed; the count alone when the total is unknown; never wider than the terminal", () => {
  const runs = ["run", "runs"] as const;
  assert.is(progressBar({ label: "p", done: 25, total: 100, unit: runs, shrinks: 0, calls: 80, elapsedMs: 1000 }, 200),
    `p ${"█".repeat(6)}${"░".repeat(18)} 25% 25/100 runs · ETA 3.0 s · 80 calls · 1.0 s`);
  assert.is(progressBar({ label: "p", done: 100, total: 100, unit: runs, calls: 300, elapsedMs: 1000 }, 200), `p ${"█".repeat(24)} 100% 100/100 runs · 300 calls · 1.0 s`);
  const narrow = progressBar({ label: "round 12 · seed 431315179 · stateful-lifecycle", done: 38, total: 40, unit: runs, calls: 512, elapsedMs: 2000 }, 80);
  assert.ok(narrow.includes("95% 38/40 runs · ETA 105 ms"), `the bar narrows, the ETA stays: ${narrow}`);
  assert.ok([...narrow].length <= 79);
  assert.is(progressBar({ label: "p", done: 40, total: 100, unit: runs, shrinks: 7, calls: 120, elapsedMs: 2000 }, 200), "p shrinking: 7 steps · 120 calls · 2.0 s");
  assert.is(progressBar({ label: "p", done: 7, unit: runs, calls: 9, elapsedMs: 2500 }, 200), "p 7 runs · 9 calls · 2.5 s");
  assert.is(progressBar({ label: "2 workers (0 done)", done: 1, unit: ["property", "properties"], elapsedMs: 2500 }, 200), "2 workers (0 done) 1 property · 2.5 s");
  assert.is([...progressBar({ label: "x".repeat(300), done: 1, total: 2, unit: runs, elapsedMs: 1 }, 40)].length, 39);
  assert.equal([formatDuration(125_000), formatDuration(3_900_000)], ["2m 5s", "1h 5m"]);
  assert.equal([formatDuration(999.6), formatDuration(59_960), formatDuration(599_600), formatDuration(3_599_700)], ["1.0 s", "1m 0s", "10m 0s", "1h 0m"], "rounded, then split");
});

test.run();
