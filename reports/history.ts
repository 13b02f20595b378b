/**
 * The nightly trend: one summary line per run, appended to a JSON Lines history file that outlives
 * each run's report directory contents. A trend compares like with like: runs of one target in one mode.
 * Replays (one saved case) and runs refused as bad usage are not recorded: they measure nothing.
 */
import { existsSync } from "node:fs";
import type { ClientIdentity } from "../events/runEvent.ts";
import type { RuleTally } from "../events/RuleTally.ts";
import { readRegularFile } from "../files/readRegularFile.ts";
import { RedactedLog } from "../secrets/RedactedFile.ts";
import type { RunSummary, RunVerdict } from "./runSummary.ts";

export interface HistoryEntry {
  readonly runId: string;
  readonly at: string;
  readonly target: string;
  /** Absent in entries written before modes were recorded: those are in no trend. */
  readonly mode?: "run" | "explore";
  readonly seed: number;
  readonly verdict: RunVerdict;
  readonly durationMs: number;
  /** Cases run (entries before 0.2 counted calls here, and had no `calls`). */
  readonly cases: number;
  readonly calls?: number;
  readonly callsPerSecond?: number;
  /** Absent in entries from before calls were counted apart: calls per second. */
  readonly casesPerSecond?: number;
  /** What the run drove, so a change of client or harness shows beside a change of the trend. */
  readonly client?: ClientIdentity;
  readonly harness?: string;
  readonly endpoint?: string;
  readonly propertiesPassed: number;
  readonly propertiesFailed: number;
  readonly failures: number;
  readonly observations: number;
  /** The service whose rule ledger the run teaches (RunStart.service): entries without one are in no ledger. */
  readonly service?: string;
  /** What the run's calls showed of each rule they exercised: the ledger's evidence. */
  readonly rules?: Readonly<Record<string, RuleTally>>;
  /** Rules accepted for the run (`--accept-observed`), with the fingerprints accepted. */
  readonly accepted?: Readonly<Record<string, readonly string[]>>;
}

/** Undefined when the run is no part of a trend: a replay, bad usage, or no run.start to name the run by. */
export function historyEntry(summary: RunSummary): HistoryEntry | undefined {
  const start = summary.start;
  if (!start || summary.mode === "replay" || summary.verdict === "usage-error") return undefined;
  return {
    runId: start.runId,
    at: start.at,
    target: start.target,
    mode: summary.mode,
    seed: start.seed,
    verdict: summary.verdict,
    durationMs: summary.durationMs,
    cases: summary.cases,
    calls: summary.calls,
    callsPerSecond: summary.durationMs > 0 ? Math.round((summary.calls / summary.durationMs) * 1000 * 10) / 10 : 0,
    ...(start.client ? { client: start.client } : {}),
    ...(start.harness ? { harness: start.harness } : {}),
    ...(start.endpoint ? { endpoint: start.endpoint } : {}),
    propertiesPassed: summary.properties.filter((p) => p.end?.verdict === "passed").length,
    propertiesFailed: summary.properties.filter((p) => p.end?.verdict === "failed").length,
    failures: summary.failures,
    observations: summary.observations,
    ...(start.service ? { service: start.service, rules: Object.fromEntries(summary.rules.filter((r) => r.exercised)
      .map(({ id, held, diverged, accepted, example }) => [id, { held, diverged, ...(accepted ? { accepted } : {}), ...(example === undefined ? {} : { example }) }])) } : {}),
    ...(start.accepted ? { accepted: start.accepted } : {}),
  };
}

/** A missing file is an empty history; lines that do not parse are skipped. */
export function readHistory(file: string): HistoryEntry[] {
  if (!existsSync(file)) return [];
  return readRegularFile(file).split("\n").flatMap((line) => {
    try {
      const value: unknown = JSON.parse(line);
      return isHistoryEntry(value) ? [value] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Appends the run unless its runId is already recorded, so rebuilding a report from a log does not
 * count a run twice. Returns the history including the run.
 */
export function recordRun(file: string, entry: HistoryEntry): HistoryEntry[] {
  const history = readHistory(file);
  if (history.some((h) => h.runId === entry.runId)) return history;
  const log = new RedactedLog(file, { flags: "a" });
  log.writeLine(JSON.stringify(entry));
  log.close();
  return [...history, entry];
}

/** The runs a summary's trend compares it with: same target, same mode. */
export function trendOf(history: readonly HistoryEntry[], summary: RunSummary): HistoryEntry[] {
  const entry = historyEntry(summary);
  return entry === undefined ? [] : history.filter((h) => h.target === entry.target && h.mode === entry.mode);
}

function isHistoryEntry(value: unknown): value is HistoryEntry {
  return typeof value === "object" && value !== null && "runId" in value && typeof value.runId === "string"
    && "cases" in value && typeof value.cases === "number" && "at" in value && typeof value.at === "string";
}
