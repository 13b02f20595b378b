import { availableParallelism } from "node:os";
import type { LatencyRange } from "../emulator/types.ts";
import type { Shard } from "../events/Shard.ts";
import { UsageError } from "./exitCodes.ts";
import { pathProblem } from "./pathProblem.ts";

/** Parses a non-negative integer flag value, or names the flag and the bad value. */
export function integerFlag(flag: string, min = 0, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new UsageError(`${flag} takes an integer from ${min} to ${max}, not ${JSON.stringify(value)}`);
    }
    return n;
  };
}

/** Parses a flag value that must be one of a fixed list. */
export function choiceFlag<T extends string>(flag: string, choices: readonly T[]): (value: string) => T {
  return (value) => {
    if (!(choices as readonly string[]).includes(value)) {
      throw new UsageError(`${flag} takes one of ${choices.join(", ")}, not ${JSON.stringify(value)}`);
    }
    return value as T;
  };
}

/** The largest seed a run takes, and so the largest a saved counterexample may carry. */
export const MAX_SEED = 0x7fffffff;

/** A fresh 31-bit seed for runs that were not given one. */
export function randomSeed(): number {
  return Math.floor(Math.random() * MAX_SEED);
}

/** A duration in seconds, fractions allowed, from 0 to `max`. */
export function secondsFlag(flag: string, max: number): (value: string) => number {
  return (value) => {
    const seconds = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(seconds <= max)) throw new UsageError(`${flag} takes seconds from 0 to ${max}, not ${JSON.stringify(value)}`);
    return seconds;
  };
}

/** A share from 0 to 1, e.g. a fault rate. */
export function rateFlag(flag: string): (value: string) => number {
  return (value) => {
    const rate = Number(value);
    if (value.trim() === "" || !(rate >= 0 && rate <= 1)) throw new UsageError(`${flag} takes a number from 0 to 1, not ${JSON.stringify(value)}`);
    return rate;
  };
}

const MAX_LATENCY_MS = 60_000;

/** `MIN` or `MIN-MAX`, in milliseconds. */
export function latencyFlag(value: string): LatencyRange {
  const match = /^(\d+)(?:-(\d+))?$/.exec(value.trim());
  const min = Number(match?.[1]), max = Number(match?.[2] ?? match?.[1]);
  if (match === null || !(min <= max && max <= MAX_LATENCY_MS)) {
    throw new UsageError(`--latency-ms takes MIN or MIN-MAX milliseconds with MIN <= MAX <= ${MAX_LATENCY_MS}, not ${JSON.stringify(value)}`);
  }
  return { min, max };
}

const MAX_SHARDS = 1000;

/** `I/N`: shard I of N, 1-based (Playwright's convention). */
export function shardFlag(flag: string): (value: string) => Shard {
  return (value) => {
    const match = /^(\d+)\/(\d+)$/.exec(value.trim());
    const index = Number(match?.[1]), count = Number(match?.[2]);
    if (match === null || !(index >= 1 && index <= count && count <= MAX_SHARDS)) {
      throw new UsageError(`${flag} takes I/N with 1 <= I <= N <= ${MAX_SHARDS} (e.g. 2/4), not ${JSON.stringify(value)}`);
    }
    return { index, count };
  };
}

const MAX_WORKERS = 64;
const WORKERS_USAGE = `N (1 to ${MAX_WORKERS}), N% of the cores (1% to 100%) or auto (half the cores)`;

/**
 * A number of local worker processes from `N`, `N%` or `auto`, as Playwright reads its `workers`: a share of
 * the cores rounded down (at least 1), and auto its default, half of them.
 */
export function parseWorkers(value: string, cores: number): number {
  const text = value.trim();
  if (text === "auto") return parseWorkers("50%", cores);
  const percent = /^(\d{1,3})%$/.exec(text)?.[1];
  if (percent !== undefined && Number(percent) >= 1 && Number(percent) <= 100) {
    return Math.min(MAX_WORKERS, Math.max(1, Math.floor((cores * Number(percent)) / 100)));
  }
  if (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= MAX_WORKERS) return Number(text);
  throw new UsageError(`--workers takes ${WORKERS_USAGE}, not ${JSON.stringify(value)}`);
}

/** `--workers`, against this machine's cores. */
export function workersFlag(value: string): number {
  return parseWorkers(value, availableParallelism());
}

/** A folder or file the harness will write, refused at once when it cannot be (a file where a folder is due, say). */
export function pathFlag(flag: string, kind: "folder" | "file"): (value: string) => string {
  return (value) => {
    const problem = pathProblem(value, kind);
    if (problem !== undefined) throw new UsageError(`${flag} takes a ${kind} the harness can write, not ${JSON.stringify(value)} (${problem})`);
    return value;
  };
}
