import { isDeepStrictEqual } from "node:util";
import { Command } from "commander";
import type { LatencyRange } from "../emulator/types.ts";
import { type Shard, shardLabel } from "../events/Shard.ts";
import { declareLiveOptions } from "./liveOptions.ts";
import { declareRunOptions, type RunOptions } from "./runOptions.ts";

/** Parsed values whose flag form String() does not give back. */
const FLAG_FORMS: Readonly<Record<string, (value: never) => string>> = {
  latencyMs: ({ min, max }: LatencyRange) => (min === max ? String(min) : `${min}-${max}`),
  shard: (shard: Shard) => shardLabel(shard),
  worker: (worker: Shard) => shardLabel(worker),
};

/**
 * The arguments that give `declared` these values back: every flag it declares whose value is not its default
 * (those in `always` whatever they are), read off the declaration, so a flag added later is never forgotten.
 * The one way the harness writes a command line: a run's own, its replay lines and its cleanup line.
 */
export function flagArgs(declared: Command, values: Readonly<Record<string, unknown>>, always: readonly string[] = []): string[] {
  const defaults = declared.parse([], { from: "user" }).opts<Record<string, unknown>>();
  return declared.options.flatMap((option) => {
    const name = option.attributeName();
    const value = values[name];
    const long = option.long ?? option.short ?? "";
    if (value === undefined || (!always.includes(name) && isDeepStrictEqual(value, defaults[name]))) return [];
    if (option.negate) return value === false ? [long] : [];
    if (option.isBoolean()) return value === true ? [long] : [];
    if (option.variadic) return [long, ...(value as unknown[]).map(String)];
    if (Array.isArray(value)) return value.flatMap((one) => [long, String(one)]);
    return [long, FLAG_FORMS[name]?.(value as never) ?? String(value)];
  });
}

/** Always written, defaults or not: they say what ran even to a reader who does not know the defaults. */
const ALWAYS = ["target", "runs", "seed"];

/** The arguments after `run` (or `replay FILE`) that reproduce a run: its flags, and the seed it used. */
export function runCommandArgs(options: RunOptions, seed: number): string[] {
  return flagArgs(declareRunOptions(new Command("run")), { ...options, ...(options.replay === undefined ? { seed } : {}) }, ALWAYS);
}

/** The live flags: the endpoint, the opt-in, the sandbox, limits and journals. */
const LIVE: ReadonlySet<string> = new Set(declareLiveOptions(new Command("live")).options.map((o) => o.attributeName()));

/**
 * What a replay of one case needs to meet what the case met: the target and, live, how to reach it; the client,
 * a planted bug, the emulator's faults, the grading and the consistency window. The rest (seed, cases,
 * properties, reports) is the replay's own.
 */
const MEETS: ReadonlySet<string> = new Set(["target", "client", "mutant", "strict", "throttleRate", "errorRate", "latencyMs", "consistencyWindow"]);

export function targetArgs(options: RunOptions): string[] {
  const meets = Object.entries(options).filter(([name]) => MEETS.has(name) || (options.target === "live" && LIVE.has(name)));
  return flagArgs(declareRunOptions(new Command("run")), Object.fromEntries(meets), ["target"]);
}

/** What `cleanup` needs to reach the same endpoint, opt-in and journals as the run: the flags cleanup declares. */
export function cleanupArgs(options: RunOptions): string[] {
  return flagArgs(declareLiveOptions(new Command("cleanup")), { ...options });
}
