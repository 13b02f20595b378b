import type { Command } from "commander";
import { MUTANTS } from "../emulator/mutants/catalogue.ts";
import { choiceFlag, integerFlag, MAX_SEED } from "./parseValues.ts";

export const SELFTEST_TARGETS = ["emulator", "mock"] as const;

/** Everything `selftest` takes, after parsing. */
export interface SelftestOptions {
  readonly target: (typeof SELFTEST_TARGETS)[number];
  /** Only these mutants; all of them when absent. */
  readonly mutant?: readonly string[];
  readonly seed?: number;
  /** Cases per property: the budget each mutant must be caught within. */
  readonly runs: number;
  /** Skip the benign modes (a quicker check of the catalogue alone). */
  readonly benign: boolean;
  /** Requests each trial may send for new work, as `run --max-requests` (the coverage plan first, then shares). */
  readonly maxRequests?: number;
}

/** A variadic flag whose every value must be one of a fixed list. */
function choicesFlag(flag: string, choices: readonly string[]): (value: string, previous?: readonly string[]) => readonly string[] {
  const one = choiceFlag(flag, choices);
  return (value, previous = []) => [...previous, one(value)];
}

export function declareSelftestOptions(command: Command): Command {
  return command
    .option("--target <name>", `where the mutants are planted: ${SELFTEST_TARGETS.join(", ")}`, choiceFlag("--target", SELFTEST_TARGETS), "emulator")
    .option("--mutant <names...>", "only these mutants", choicesFlag("--mutant", MUTANTS.map((m) => m.name)))
    .option("--seed <n>", "fast-check seed of every trial (printed; random when absent)", integerFlag("--seed", 0, MAX_SEED))
    .option("--runs <n>", "cases per property (the default budget is run's)", integerFlag("--runs", 1, 1_000_000), 100)
    .option("--no-benign", "skip the benign modes")
    .option("--max-requests <n>", "requests each trial may send, as run's: the coverage plan first, then a share for each property", integerFlag("--max-requests", 1));
}
