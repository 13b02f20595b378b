import { isDeepStrictEqual } from "node:util";
import { Command } from "commander";
import type { LatencyRange } from "../emulator/types.ts";
import { type Shard, shardLabel } from "../events/Shard.ts";
import { declareRunOptions, type RunOptions } from "./runOptions.ts";

/** Parsed values whose flag form String() does not give back. */
const FLAG_FORMS: Readonly<Record<string, (value: never) => string>> = {
  latencyMs: ({ min, max }: LatencyRange) => (min === max ? String(min) : `${min}-${max}`),
  shard: (shard: Shard) => shardLabel(shard),
  worker: (worker: Shard) => shardLabel(worker),
};

/** Always written, defaults or not: they say what ran even to a reader who does not know the defaults. */
const ALWAYS = new Set(["target", "runs", "seed"]);

/**
 * The arguments after `run` (or `replay FILE`) that reproduce a run: every flag whose value is not its default,
 * read off the flags `run` declares, so a flag added later is not forgotten, and the seed the run used.
 */
export function runCommandArgs(options: RunOptions, seed: number): string[] {
  const declared = declareRunOptions(new Command("run"));
  const defaults = declared.parse([], { from: "user" }).opts<Record<string, unknown>>();
  const given: Record<string, unknown> = { ...options, ...(options.replay === undefined ? { seed } : {}) };
  return declared.options.flatMap((option) => {
    const name = option.attributeName();
    const value = given[name];
    const long = option.long ?? "";
    if (value === undefined || (!ALWAYS.has(name) && isDeepStrictEqual(value, defaults[name]))) return [];
    if (option.negate) return value === false ? [long] : [];
    if (option.isBoolean()) return value === true ? [long] : [];
    if (option.variadic) return [long, ...(value as unknown[]).map(String)];
    if (Array.isArray(value)) return value.flatMap((one) => [long, String(one)]);
    return [long, FLAG_FORMS[name]?.(value as never) ?? String(value)];
  });
}
