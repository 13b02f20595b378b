/**
 * The nightly trend: one summary line per run, appended to a JSON Lines history file that outlives
 * each run's report directory contents.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { redactSecrets } from "./redactSecrets.ts";
import type { RunSummary, RunVerdict } from "./runSummary.ts";

export interface HistoryEntry {
  readonly runId: string;
  readonly at: string;
  readonly target: string;
  readonly seed: number;
  readonly verdict: RunVerdict;
  readonly durationMs: number;
  readonly cases: number;
  readonly casesPerSecond: number;
  readonly propertiesPassed: number;
  readonly propertiesFailed: number;
  readonly failures: number;
  readonly observations: number;
}

/** Undefined when the summary has no run.start to name the run by. */
export function historyEntry(summary: RunSummary): HistoryEntry | undefined {
  const start = summary.start;
  if (!start) return undefined;
  return {
    runId: start.runId,
    at: start.at,
    target: start.target,
    seed: start.seed,
    verdict: summary.verdict,
    durationMs: summary.durationMs,
    cases: summary.cases,
    casesPerSecond: summary.durationMs > 0 ? Math.round((summary.cases / summary.durationMs) * 1000 * 10) / 10 : 0,
    propertiesPassed: summary.properties.filter((p) => p.end?.verdict === "passed").length,
    propertiesFailed: summary.properties.filter((p) => p.end?.verdict === "failed").length,
    failures: summary.failures,
    observations: summary.observations,
  };
}

/** A missing file is an empty history; lines that do not parse are skipped. */
export function readHistory(file: string): HistoryEntry[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").split("\n").flatMap((line) => {
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
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, redactSecrets(JSON.stringify(entry)) + "\n");
  return [...history, entry];
}

function isHistoryEntry(value: unknown): value is HistoryEntry {
  return typeof value === "object" && value !== null && "runId" in value && typeof value.runId === "string"
    && "cases" in value && typeof value.cases === "number" && "at" in value && typeof value.at === "string";
}
