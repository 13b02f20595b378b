import { concurrentPairs } from "./concurrentPairs.ts";
import { coveragePlan } from "./coveragePlan.ts";
import { createValid } from "./createValid.ts";
import type { HarnessProperty } from "./HarnessProperty.ts";
import { idempotentRetry } from "./idempotentRetry.ts";
import { invalidRejected } from "./invalidRejected.ts";
import { statefulLifecycle } from "./statefulLifecycle.ts";
import { updateSemantics } from "./updateSemantics.ts";

/** The suite with stateful sequences of up to `maxCommands` commands: the coverage plan first, then the random cases. */
function suite(maxCommands: number): readonly HarnessProperty[] {
  return [coveragePlan, createValid, invalidRejected, updateSemantics, idempotentRetry, statefulLifecycle(maxCommands), concurrentPairs];
}

/** The properties `run` checks by default, in the order they run. */
export const DEFAULT_SUITE = suite(12);

/**
 * Exploration: the random properties with longer stateful sequences. The coverage plan runs in the first round
 * only (exploreSuite), since it is the same every time.
 */
export const EXPLORE_SUITE = suite(40);
