/**
 * The console as an EventSink. Normal mode: the seed first, a line per property, failures with their
 * counterexample and replay command, the verdict; exploration prints each round's number and seed, and after
 * the first round only what is news (failures, inconclusive properties), not the same PASS lines again.
 * Quiet: findings, replay commands and the verdict. Verbose: every finding, observations too, and each
 * property's details. On a terminal a progress bar is redrawn in place; otherwise every line is plain.
 */
import type { EventSink, FindingEvent, ProgressEvent, PropertyEnd, PropertyStart, RoundEvent, RunEvent } from "../events/runEvent.ts";
import { ansiColors } from "./ansiColors.ts";
import { failureDetails, findingLine, planLine, planMissedLines, propertyLine, quietReplayLine, roundLine, startLine, verboseDetails, verdictLine } from "./consoleFormat.ts";
import type { ConsoleOptions } from "./consoleOptions.ts";
import { progressBar } from "./progressBar.ts";
import { redactSecrets } from "./redactSecrets.ts";
import { createSummaryBuilder } from "./summarize.ts";
import { terminalSafe } from "./terminalSafe.ts";

export interface ConsoleStream {
  write(text: string): unknown;
  /** 0 or absent when unknown (a pseudo-terminal without a size): 80 is assumed. */
  readonly columns?: number;
}

/** The bar appears only once a property has run this long, so short runs print nothing but their lines. */
const PROGRESS_DELAY_MS = 500;
/** Redraws are throttled: a fast run emits thousands of cases per second. */
const REDRAW_MS = 100;
const CLEAR_LINE = "\r\x1b[2K";
/** The bar counts a property's fast-check runs: its cases, not its calls. */
const RUNS = ["run", "runs"] as const;

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
  const summary = createSummaryBuilder();
  const printed = new Set<string>();
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
    for (const line of lines) out.write(`${redactSecrets(line)}\n`);
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
    const progress = { label, done: runs, ...(total === undefined ? {} : { total }), unit: RUNS, shrinks, calls, elapsedMs: t - running.startedMs };
    out.write(`${CLEAR_LINE}${c.dim(progressBar(progress, out.columns || 80))}`);
    barShown = true;
  };

  const onProgress = (event: ProgressEvent): void => {
    if (!running || running.property !== event.property) return;
    Object.assign(running, { runs: event.runs, total: event.total, shrinks: event.shrinks });
    drawBar();
  };

  const onFinding = (event: FindingEvent): void => {
    if (options.mode !== "verbose") {
      const key = `${event.property}\u0000${event.fingerprint}`;
      if (event.severity !== "failure" || printed.has(key)) return;
      printed.add(key);
    }
    print(findingLine(event, c));
  };

  const onPropertyEnd = (event: PropertyEnd): void => {
    running = undefined;
    const property = summary.summary().properties.find((p) => p.property === event.property);
    const observations = property?.findings.filter((f) => f.first.severity === "observation").length ?? 0;
    const failed = event.verdict === "failed";
    if (options.mode === "quiet") {
      if (failed) print(quietReplayLine(event, c));
      return;
    }
    // Round after round the same properties pass: the round line says so once.
    if (round !== undefined && round.round > 1 && event.verdict === "passed" && options.mode === "normal") return;
    print(propertyLine(event, observations, options.tty, c), ...(failed ? failureDetails(event, c) : []));
    if (options.mode === "verbose" && property) print(...verboseDetails(property, c));
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
      case "finding": onFinding(event); break;
      case "property.end": onPropertyEnd(event); break;
      case "infrastructure": print(c.red(`infrastructure: ${terminalSafe(event.message)}`)); break;
      case "plan": if (options.mode !== "quiet" || event.leftOut.length > 0) print(...planLine(event, c)); break;
      case "run.end": {
        ended = true;
        const done = summary.summary();
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
      if (started && !ended) print(verdictLine(summary.summary(), c));
    },
  };
}
