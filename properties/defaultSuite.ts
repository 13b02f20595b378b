import { concurrentPairs } from "./concurrentPairs.ts";
import { coveragePlan } from "./coveragePlan.ts";
import { createValid } from "./createValid.ts";
import type { HarnessProperty } from "./HarnessProperty.ts";
import { idempotentRetry } from "./idempotentRetry.ts";
import { invalidRejected } from "./invalidRejected.ts";
import { statefulLifecycle } from "./statefulLifecycle.ts";
import { updateSemantics } from "./updateSemantics.ts";

/** The properties `run` checks by default, in the order they run: the coverage plan first, then the random cases. */
export const DEFAULT_SUITE: readonly HarnessProperty[] = [coveragePlan, createValid, invalidRejected, updateSemantics, idempotentRetry, statefulLifecycle(), concurrentPairs];

/**
 * Exploration: the random properties with longer stateful sequences. The coverage plan runs in the first round
 * only (exploreSuite), since it is the same every time.
 */
export const EXPLORE_SUITE: readonly HarnessProperty[] = DEFAULT_SUITE.map((p) => (p.name === "stateful-lifecycle" ? statefulLifecycle(40) : p));
