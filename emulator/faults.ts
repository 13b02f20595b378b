import { randomInt } from "node:crypto";
import type { ModelError } from "../model/index.ts";
import { seededRandom } from "./seededRandom.ts";
import type { FaultOptions } from "./types.ts";
import { internalError, throttled } from "./wireErrors.ts";

/** What fault injection decided for one request: a delay, and an error that replaces the model's answer. */
export interface Fault {
  readonly delayMs: number;
  readonly error?: ModelError;
}

/** Decides the next request's fault. */
export type FaultPlan = () => Fault;

function checkRate(name: string, rate: number): void {
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`${name} must be between 0 and 1, not ${rate}`);
}

/** Rejects options that cannot describe a fault plan. */
export function checkFaultOptions(options: FaultOptions): void {
  const { throttleRate = 0, serverErrorRate = 0, latencyMs, seed } = options;
  checkRate("throttleRate", throttleRate);
  checkRate("serverErrorRate", serverErrorRate);
  if (throttleRate + serverErrorRate > 1) throw new RangeError("throttleRate + serverErrorRate must not exceed 1");
  if (latencyMs !== undefined && !(Number.isInteger(latencyMs.min) && Number.isInteger(latencyMs.max)
    && latencyMs.min >= 0 && latencyMs.min <= latencyMs.max)) {
    throw new RangeError(`latencyMs must be integers with 0 <= min <= max, not ${latencyMs.min}..${latencyMs.max}`);
  }
  if (seed !== undefined && !Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, not ${seed}`);
}

/**
 * Seeded fault injection. Every request draws exactly two numbers (fault, latency), so a seed replays the same
 * faults for the same sequence of requests. Injected errors carry Retry-After: 0 so clients retry promptly.
 */
export function createFaultPlan(options: FaultOptions): FaultPlan {
  checkFaultOptions(options);
  const { throttleRate = 0, serverErrorRate = 0, latencyMs = { min: 0, max: 0 } } = options;
  const random = seededRandom(options.seed ?? randomInt(2 ** 31));
  return () => {
    const draw = random();
    const delayMs = latencyMs.min + Math.floor(random() * (latencyMs.max - latencyMs.min + 1));
    if (draw < throttleRate) return { delayMs, error: throttled("Rate exceeded (injected by the emulator)", 0) };
    if (draw < throttleRate + serverErrorRate) {
      return { delayMs, error: internalError("Internal failure (injected by the emulator)", 0) };
    }
    return { delayMs };
  };
}
