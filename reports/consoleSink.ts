/**
 * The console as an EventSink. Normal mode: the seed and what is driven first, a line per property naming the
 * findings it hit by number, then each finding once, as a block (failures with their smallest counterexample,
 * observations by their heading), and the verdict; exploration prints each round's number and seed, and after
 * the first round only what is news (failures, inconclusive properties), not the same PASS lines again.
 * Quiet: each failure's heading and replay command, and the verdict. Verbose: every finding in full with its HTTP
 * exchange, and each property's details. On a terminal every line fits its width, wrapped
 * with a visible mark, and a progress bar is redrawn in place; piped, every line is plain and whole (a log is
 * searched, not read at a width).
 */
import type { EventSink, ProgressEvent, PropertyEnd, PropertyStart, RoundEvent, RunEvent } from "../events/runEvent.ts";
import { ansiColors } from "./ansiColors.ts";
import { findingBlock, findingHeading, planLine, planMissedLines, propertyLine, replayLine, roundLine, startLine, verboseDetails, verdictLine } from "./consoleFormat.ts";
import { findingView } from "./findingView.ts";
import type { ConsoleOptions } from "./consoleOptions.ts";
import { progressBar } from "./progressBar.ts";
import { redactSecrets } from "../secrets/redactSecrets.ts";
import { createSummaryBuilder } from "./summarize.ts";
import type { RunSummary } from "./runSummary.ts";
import { terminalLines, terminalSafe } from "./terminalSafe.ts";
import { wrapLine } from "./wrapLine.ts";

export interface ConsoleStream {
  write(text: string): unknown;
  /** On a terminal, its width; 0 or absent when unknown (a pseudo-terminal without a size): 80 is assumed. */
  readonly columns?: number;
}

/** The bar appears only once a property has run this long, so short runs print nothing but their lines. */
const PROGRESS_DELAY_MS = 500;
/** Redraws are throttled: a fast run emits thousands of cases per second. */
const REDRAW_MS = 100;
const CLEAR_LINE = "\r\x1b[2K";
/** The bar counts a property's cases (fast-check's runs), not its calls. */
const CASES = ["case", "cases"] as const;

interface Running {
  readonly property: string;
  readonly startedMs: number;
  total?: number;
  runs: number;
  shrinks: number;
  calls: number;
  drawnMs?: number;
}

export function createConsoleSink(out: ConsoleStream, options: ConsoleOptions): EventSink {
  const c = ansiColors(options.color);
  const now = options.now ?? Date.now;
  // The run starts as its console sink is made; an exploration's budget runs from about then.
  const createdMs = now();
  const summary = createSummaryBuilder();
  let running: Running | undefined;
  let round: RoundEvent | undefined;
  let barShown = false;
  let started = false;
  let ended = false;

  const clearBar = (): void => {
    if (barShown) out.write(CLEAR_LINE);
    barShown = false;
  };
  const print = (...lines: string[]): void => {
    clearBar();
    // Redacted like the report files: CI keeps console logs as long as artefacts.
    for (const line of lines) {
      const indent = /^ */.exec(line)?.[0] ?? "";
      // A replay command stays one line whatever its length: it is there to be copied.
      const whole = !options.tty || /^ *replay: /.test(line);
      const parts = whole ? [redactSecrets(line)] : wrapLine(redactSecrets(line), out.columns || 80, `${indent}  `);
      for (const part of parts) out.write(`${part}\n`);
    }
  };

  const onPropertyStart = (event: PropertyStart): void => {
    running = { property: event.property, startedMs: now(), runs: 0, shrinks: 0, calls: 0, ...(event.expectedCases === undefined ? {} : { total: event.expectedCases }) };
    if (options.mode === "verbose") print(`${options.tty ? "▶" : ">"} ${terminalSafe(event.property)}`);
  };

  const onRound = (event: RoundEvent): void => {
    round = event;
    if (options.mode !== "quiet") print(roundLine(event, c));
  };

  const drawBar = (): void => {
    if (!running || !options.tty || options.mode === "quiet") return;
    const t = now();
    if (t - running.startedMs < PROGRESS_DELAY_MS || (running.drawnMs !== undefined && t - running.drawnMs < REDRAW_MS)) return;
    running.drawnMs = t;
    const label = `${round ? `round ${round.round} · seed ${round.seed} · ` : ""}${terminalSafe(running.property)}`;
    const { runs, total, shrinks, calls } = running;
    const budget = options.budgetMs === undefined ? {} : { budget: { elapsedMs: t - createdMs, budgetMs: options.budgetMs } };
    const progress = { label, done: runs, ...(total === undefined ? {} : { total }), unit: CASES, shrinks, calls, elapsedMs: t - running.startedMs, ...budget };
    out.write(`${CLEAR_LINE}${c.dim(progressBar(progress, out.columns || 80))}`);
    barShown = true;
  };

  const onProgress = (event: ProgressEvent): void => {
    if (!running || running.property !== event.property) return;
    Object.assign(running, { runs: event.runs, total: event.total, shrinks: event.shrinks });
    drawBar();
  };

  const onPropertyEnd = (event: PropertyEnd): void => {
    running = undefined;
    const done = summary.summary();
    const property = done.properties.find((p) => p.property === event.property);
    const severityOf = (n: number) => done.findings.find((f) => f.number === n)?.severity;
    const numbers = property?.findings ?? [];
    const found = { failures: numbers.filter((n) => severityOf(n) === "failure"), observations: numbers.filter((n) => severityOf(n) === "observation") };
    const failed = event.verdict === "failed";
    if (options.mode === "quiet") return;
    // Round after round the same properties pass: the round line says so once.
    if (round !== undefined && round.round > 1 && event.verdict === "passed" && options.mode === "normal") return;
    print(propertyLine(event, found, options.tty, c), ...(failed ? replayLine(event, c) : []));
    if (options.mode === "verbose" && property) print(...verboseDetails(property, c));
  };

  /** Each finding once, failures first: in full (the exchange in verbose mode), observations by heading unless verbose. */
  const printFindings = (done: RunSummary): void => {
    const views = done.findings.map((bucket) => findingView(bucket, done));
    const failures = views.filter((v) => v.severity === "failure"), observations = views.filter((v) => v.severity === "observation");
    if (options.mode === "quiet") {
      print(...failures.flatMap((v) => [findingHeading(v, c), ...replayLine(v, c)]));
      return;
    }
    const verbose = options.mode === "verbose";
    for (const view of failures) print("", ...findingBlock(view, verbose, c));
    if (observations.length > 0) print("", c.yellow(`observations (divergences on rules that are not documented; not failures):`));
    for (const view of observations) print(...(verbose ? ["", ...findingBlock(view, true, c)] : [`  ${findingHeading(view, c)}`]));
    if (views.length > 0) print("");
  };

  const handle = (event: RunEvent): void => {
    switch (event.type) {
      case "run.start":
        started = true;
        if (options.mode !== "quiet") print(startLine(event, c));
        break;
      case "round": onRound(event); break;
      case "property.start": onPropertyStart(event); break;
      case "case":
        if (running?.property === event.property) running.calls++;
        drawBar();
        break;
      case "progress": onProgress(event); break;
      case "finding": break;
      case "property.end": onPropertyEnd(event); break;
      case "infrastructure": print(...terminalLines(event.message).map((line, i) => (i === 0 ? c.red(`infrastructure: ${line}`) : `    ${line}`))); break;
      case "plan": if (options.mode !== "quiet" || event.leftOut.length > 0) print(...planLine(event, c)); break;
      case "run.end": {
        ended = true;
        const done = summary.summary();
        printFindings(done);
        if (done.plan && options.mode !== "quiet") print(...planMissedLines(done.plan, options.mode === "verbose", c));
        print(verdictLine(done, c));
        break;
      }
    }
  };

  return {
    emit(event) {
      summary.add(event);
      handle(event);
    },
    async close() {
      clearBar();
      if (started && !ended) {
        const done = summary.summary();
        printFindings(done);
        print(verdictLine(done, c));
      }
    },
  };
}
