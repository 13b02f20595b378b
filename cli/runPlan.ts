import type { Contract } from "../contracts/contract.ts";
import { DEFAULT_SUITE, EXPLORE_SUITE } from "../properties/defaultSuite.ts";
import type { HarnessProperty } from "../properties/HarnessProperty.ts";
import type { SavedCase } from "../properties/replayCounterexample.ts";
import { readCorpusEntry, type CorpusEntry } from "./corpus.ts";
import { corpusCases, savedCase } from "./corpusCases.ts";
import { UsageError } from "./exitCodes.ts";
import { randomSeed } from "./parseValues.ts";
import { checkPathReplayable, unreplayableReason } from "./rehearseReplay.ts";
import type { RunOptions } from "./runOptions.ts";

/** What a run checks, decided before anything starts: every mistake in how it was asked for is found here. */
export interface RunPlan {
  readonly properties: readonly HarnessProperty[];
  readonly seed: number;
  readonly mode: "run" | "explore" | "replay";
  /** Saved counterexamples replayed first. */
  readonly corpus: readonly SavedCase[];
  /** The file and entry of each saved case, by its id: a case that holds may leave the corpus. */
  readonly saved: ReadonlyMap<string, { readonly file: string; readonly entry: CorpusEntry }>;
}

function propertyNamed(name: string): HarnessProperty {
  const found = DEFAULT_SUITE.find((p) => p.name === name);
  if (!found) throw new UsageError(`unknown property ${name}; the properties are ${DEFAULT_SUITE.map((p) => p.name).join(", ")}`);
  return found;
}

/** Flags that are each fine but make no sense together: refused before anything starts. */
export function checkCombination(options: RunOptions): void {
  if ((options.workers ?? 1) > 1) {
    if (options.target === "live") {
      throw new UsageError("--workers runs parts of the run side by side, and on --target live they would share the sandbox's ingestion and its quota; run --shard parts as separate jobs, each with its own --ingestion");
    }
    if (options.path !== undefined || options.replay !== undefined) throw new UsageError("--workers splits a run; a replay is one case");
  }
  if (options.shard !== undefined && options.path !== undefined) throw new UsageError("--path replays one case whatever the shard: leave --shard out");
  if (options.path !== undefined && (options.seed === undefined || options.property?.length !== 1)) {
    throw new UsageError("--path replays one case: give it with --seed and exactly one --property");
  }
  if (options.benign !== undefined && options.target !== "emulator" && options.target !== "mock") {
    throw new UsageError("--benign changes how the harness's own service answers: it takes --target emulator or mock");
  }
  if (options.throttleRate + options.errorRate > 1) throw new UsageError("--throttle-rate and --error-rate add up to more than 1");
  if (options.target === "live" && (options.mutant !== undefined || options.throttleRate > 0 || options.errorRate > 0 || options.latencyMs !== undefined)) {
    throw new UsageError("--mutant, --throttle-rate, --error-rate and --latency-ms plant bugs and faults in the harness's own targets; a live endpoint takes none of them");
  }
}

/**
 * The properties, seed and saved cases of this run, or (for `replay FILE`) one saved case and nothing else. A
 * replay file, and a `--path`, are rehearsed against the reference model first, so one that cannot be
 * replayed is a usage error before any report is written.
 */
export async function planRun(options: RunOptions, contract: Contract, replayLine: (file: string) => string, warn: (line: string) => void): Promise<RunPlan> {
  checkCombination(options);
  if (options.replay !== undefined) {
    const entry = readCorpusEntry(options.replay);
    const saved = savedCase(options.replay, entry, propertyNamed(entry.property), replayLine);
    const reason = await unreplayableReason(saved, contract);
    if (reason !== undefined) throw new UsageError(`${options.replay} cannot be replayed: ${reason}`);
    return { properties: [], seed: entry.seed, mode: "replay", corpus: [saved], saved: new Map() };
  }
  const properties = options.property ? options.property.map(propertyNamed) : options.explore ? EXPLORE_SUITE : DEFAULT_SUITE;
  const seed = options.seed ?? randomSeed();
  const mode = options.explore ? "explore" : "run";
  if (options.path !== undefined) {
    await checkPathReplayable(properties[0] as HarnessProperty, seed, options.runs, options.path, contract);
    return { properties, seed, mode, corpus: [], saved: new Map() };
  }
  if (!options.corpus) return { properties, seed, mode, corpus: [], saved: new Map() };
  const { cases, files, problems } = await corpusCases(options.corpusDir, properties, replayLine, contract);
  for (const problem of problems) warn(`appfabric-harness: skipping corpus file: ${problem}`);
  return { properties, seed, mode, corpus: cases, saved: files };
}
