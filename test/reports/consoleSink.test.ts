import { test } from "uvu";
import * as assert from "uvu/assert";
import type { RunEvent } from "../../events/runEvent.ts";
import { createConsoleSink } from "../../reports/consoleSink.ts";
import { colorEnabled, consoleOptions } from "../../reports/consoleOptions.ts";
import type { ConsoleMode } from "../../reports/consoleOptions.ts";
import { formatDuration } from "../../reports/formatNumbers.ts";
import { budgetClock, runEta } from "../../reports/budgetClock.ts";
import { progressBar } from "../../reports/progressBar.ts";
import { SAMPLE_REPLAY, SAMPLE_SEED, sampleEvents, sampleRounds } from "./sampleEvents.ts";

const ANSI = /\x1b\[/;

/** Runs events through a console sink writing to a fake stream; the clock advances 200 ms per reading. */
async function render(mode: ConsoleMode, tty: boolean, events: readonly RunEvent[] = sampleEvents(), columns = 100, budgetMs?: number): Promise<string> {
  let output = "";
  let clock = 0;
  const sink = createConsoleSink({ write: (text: string) => (output += text), columns }, { mode, tty, color: tty, now: () => (clock += 200), ...(budgetMs === undefined ? {} : { budgetMs }) });
  for (const event of events) sink.emit(event);
  await sink.close();
  return output;
}

test("plain normal: the seed and what is driven first, a line per property naming its findings, each finding once as a block, the verdict; no escapes", async () => {
  const out = await render("normal", false);
  const lines = out.trimEnd().split("\n");
  assert.ok(lines[0]?.startsWith(`seed ${SAMPLE_SEED} · target emulator (embedded emulator) · client built-in · appfabric-harness `), lines[0]);
  assert.ok(lines.includes("PASS create.valid: passed, 6 cases, 1.5 s, 1 observation (#1)"), out);
  assert.ok(lines.includes("FAIL create.invalid: failed, 3 cases, 2 shrinks, 2.0 s, finding #2"), out);
  assert.is(lines.filter((l) => l === `    replay: ${SAMPLE_REPLAY}`).length, 2, "under the property line and under its finding");
  // The finding's block: its heading once, who saw it, the calls with the deciding one in full and its member marked.
  assert.is(lines.filter((l) => l.startsWith("#2 failure GetIngestionDestination · input.ingestionDestinationIdentifier")).length, 1);
  assert.ok(lines.includes("    seen by create.invalid · 1 case"));
  assert.ok(lines.some((l) => l.startsWith("      2. GetIngestionDestination → ok (HTTP 200, request id 5a1d0c55-0000-4000-8000-00000000beef)")));
  assert.ok(lines.some((l) => l.includes('"ingestionDestinationIdentifier": "aaaa') && l.endsWith("◀ diverges")));
  assert.ok(lines.includes('           "appBundleIdentifier": "<app bundle>",') && lines.includes("      <app bundle> = arn:aws:appfabric:us-east-1:123456789012:appbundle/b"),
    "the run's own parents are named as such");
  assert.ok(lines.includes("    the HTTP exchange: --verbose, or the reports"));
  // Observations are listed by heading only.
  assert.ok(lines.includes("  #1 observation CreateIngestionDestination · model (model model)"));
  assert.not.ok(out.includes("status differs on an assumed rule"), "an observation's detail is for verbose mode and the reports");
  assert.is(lines.at(-1), `FAILED: 1 failure · 1 observation · 1 of 2 properties failed · 9 cases, 9 calls in 8.0 s (1.1 calls/s) · seed ${SAMPLE_SEED}`);
  assert.not.match(out, ANSI);
  assert.not.ok(out.includes("\r"));
  assert.not.ok(out.includes("\\u00"), "no escape sequence spelled out");
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

test("tty: colour, a progress bar of cases (not calls) with ETA, redrawn in place and cleared before the next line", async () => {
  const out = await render("normal", true, withProgress(sampleEvents()));
  assert.match(out, ANSI);
  assert.match(out, /\r\x1b\[2K.*create\.valid .*█.*% [12]\/6 cases · ETA .* · [2-4] calls/);
  assert.not.match(out, /[5-9]\/6/, "six calls are three cases");
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
  assert.match(await render("normal", true, events, 120, 600_000), /round 3 · seed 3 · create\.valid .*█.* cases · \d+ calls · run [\d.]+ s\/10m 0s · ETA \dm \d+s/,
    "the bar shows the run's time against its budget");
  assert.is((await render("verbose", false, events)).split("\n").filter((l) => l.startsWith("PASS create.valid")).length, 3, "verbose prints every round");
});

test("quiet: each failure's heading and replay command, then the verdict line", async () => {
  const lines = (await render("quiet", false)).trimEnd().split("\n");
  assert.equal(lines.slice(0, 2), ["#2 failure GetIngestionDestination · input.ingestionDestinationIdentifier (label label)", `    replay: ${SAMPLE_REPLAY}`]);
  assert.is(lines.length, 3, lines.join("\n"));
  assert.ok(lines[2]?.startsWith("FAILED: 1 failure · 1 observation") && lines[2].includes(`seed ${SAMPLE_SEED}`), "the verdict line carries the seed");
});

test("in an 80-column terminal no line is cut: a long one wraps with a visible mark, and a replay command stays whole to be copied", async () => {
  const [start, ...rest] = sampleEvents();
  const long: RunEvent = { type: "infrastructure", at: "2025-01-02T03:00:01Z", message: `teardown could not delete ${"arn:aws:appfabric:us-east-1:123456789012:appbundle/x ".repeat(4)}\nsecond line` };
  const out = await render("verbose", true, [start as RunEvent, long, ...rest], 80);
  const visible = out.replace(/\r\x1b\[2K[^\n]*?(?=\r|\n|$)/g, "").replace(/\x1b\[[0-9;]*m/g, "").split("\n");
  const tooWide = visible.filter((l) => [...l].length > 80 && !/^ *replay: /.test(l));
  assert.equal(tooWide, [], "every line but a replay command fits");
  const text = visible.join("\n");
  assert.ok(text.includes("⤷ "), "a wrapped line is marked");
  for (const word of ["teardown", "second line", "5a1d0c55-0000-4000-8000-00000000beef"]) assert.ok(text.replace(/\n *⤷ /g, "").includes(word), `${word} survives the wrap`);
  assert.ok(visible.includes(`    replay: ${SAMPLE_REPLAY}`), "the replay command is one line");
  assert.not.ok(text.includes("\\u000a"), "a newline inside a message is no escape sequence");
});

test("quiet on a terminal draws no progress bar", async () => {
  assert.not.ok((await render("quiet", true)).includes("█"));
});

test("verbose: every finding in full with its HTTP exchange, observations included, and each property's details", async () => {
  const out = await render("verbose", false);
  const lines = out.split("\n");
  assert.ok(lines.includes("> create.valid"));
  assert.ok(lines.includes("    model model: status differs on an assumed rule") && lines.includes("      rests on: destination.create.status"));
  assert.is(lines.filter((l) => l.startsWith("#2 failure")).length, 1, "each finding once");
  assert.ok(lines.includes("      > GET /appbundles/b/ingestions/i/ingestiondestinations/d"));
  assert.ok(lines.includes("      > authorization: [REDACTED]"));
  assert.ok(lines.includes("      < x-amzn-requestid: 5a1d0c55-0000-4000-8000-00000000beef"));
  assert.ok(lines.includes('      < {"ingestionDestination":{"status":"Active"}}'), "the answer's body");
  assert.ok(lines.includes("    valid inputs are accepted"));
  assert.ok(lines.includes("    6 calls · checks: contract, model"));
});

test("a run closed without run.end ends with an INCOMPLETE verdict line", async () => {
  const out = await render("normal", false, sampleEvents().slice(0, 10));
  assert.match(out.trimEnd().split("\n").pop() ?? "", /^INCOMPLETE: /);
});

test("control characters from events are escaped and secrets redacted", async () => {
  const [start, ...rest] = sampleEvents();
  const hostile: RunEvent = { type: "infrastructure", at: "2025-01-02T03:00:01Z", message: "\x1b[2Jfake\rPASSED key AKIAABCDEFGHIJKLMNOP" };
  const out = await render("quiet", false, [start as RunEvent, hostile, ...rest]);
  assert.ok(out.includes("infrastructure: ␛[2Jfake␍PASSED key [REDACTED]"), out);
  assert.not.match(out, ANSI);
});

test("consoleOptions: the bar redrawn in place only on a terminal, not in CI nor on TERM=dumb; colour apart from it", () => {
  assert.equal(consoleOptions("normal", true, {}), { mode: "normal", tty: true, color: true });
  assert.equal(consoleOptions("normal", false, {}), { mode: "normal", tty: false, color: false });
  assert.equal(consoleOptions("quiet", true, { CI: "true" }), { mode: "quiet", tty: false, color: true });
  assert.equal(consoleOptions("verbose", true, { NO_COLOR: "1" }), { mode: "verbose", tty: true, color: false });
  assert.equal(consoleOptions("normal", true, { TERM: "dumb" }), { mode: "normal", tty: false, color: false });
  assert.equal(consoleOptions("normal", false, { FORCE_COLOR: "1" }), { mode: "normal", tty: false, color: true });
  assert.equal(consoleOptions("normal", true, { CI: "false" }).tty, true);
});

test("colorEnabled: FORCE_COLOR decides first, then a non-empty NO_COLOR, then a terminal that is not dumb", () => {
  for (const force of ["", "1", "2", "3", "true"]) {
    assert.ok(colorEnabled(false, { FORCE_COLOR: force }), `FORCE_COLOR=${force} piped`);
    assert.ok(colorEnabled(true, { FORCE_COLOR: force, NO_COLOR: "1", TERM: "dumb" }), `FORCE_COLOR=${force} over NO_COLOR`);
  }
  for (const force of ["0", "false", "yes"]) assert.not.ok(colorEnabled(true, { FORCE_COLOR: force }), `FORCE_COLOR=${force}`);
  assert.not.ok(colorEnabled(true, { NO_COLOR: "1" }));
  assert.ok(colorEnabled(true, { NO_COLOR: "" }), "an empty NO_COLOR is unset");
  assert.not.ok(colorEnabled(true, { TERM: "dumb" }));
  assert.ok(colorEnabled(true, { TERM: "xterm-256color" }));
  assert.not.ok(colorEnabled(false, {}));
  assert.not.ok(colorEnabled(undefined, {}));
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
});

test("progressBar in exploration: the run's time against its budget and its ETA, in place of the property's", () => {
  const runs = ["run", "runs"] as const;
  const budget = { elapsedMs: 80_000, budgetMs: 600_000 };
  assert.is(progressBar({ label: "round 2 · p", done: 25, total: 100, unit: runs, calls: 80, elapsedMs: 1000, budget }, 200),
    `round 2 · p ${"█".repeat(6)}${"░".repeat(18)} 25% 25/100 runs · 80 calls · run 1m 20s/10m 0s · ETA 8m 40s`);
  const narrow = progressBar({ label: "round 12 · seed 431315179 · stateful-lifecycle", done: 38, total: 40, unit: runs, calls: 512, elapsedMs: 2000, budget }, 80);
  assert.is(narrow, "round 12 · seed 431315179 · stateful-lifecycle ████ 95% 38/40 runs · ETA 8m 40s", "the calls and the run's clock give way to its ETA");
  assert.is(progressBar({ label: "p", done: 3, total: 10, unit: runs, shrinks: 2, elapsedMs: 1000, budget }, 200), "p shrinking: 2 steps · run 1m 20s/10m 0s · ETA 8m 40s");
});

test("budgetClock: elapsed against the budget, the time left as the ETA, and a spent budget said so", () => {
  assert.is(budgetClock({ elapsedMs: 80_000, budgetMs: 600_000 }), "run 1m 20s/10m 0s · ETA 8m 40s");
  assert.is(budgetClock({ elapsedMs: 5_400_000, budgetMs: 7_200_000 }), "run 1h 30m/2h 0m · ETA 30m 0s");
  assert.is(budgetClock({ elapsedMs: 601_200, budgetMs: 600_000 }), "run 10m 0s/10m 0s · budget spent");
  assert.is(runEta({ elapsedMs: 80_000, budgetMs: 600_000 }), "ETA 8m 40s");
  assert.equal([formatDuration(125_000), formatDuration(3_900_000)], ["2m 5s", "1h 5m"]);
  assert.equal([formatDuration(999.6), formatDuration(59_960), formatDuration(599_600), formatDuration(3_599_700)], ["1.0 s", "1m 0s", "10m 0s", "1h 0m"], "rounded, then split");
});

test.run();
