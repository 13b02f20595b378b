import { concurrentPairs } from "./concurrentPairs.ts";
import { createValid } from "./createValid.ts";
import type { HarnessProperty } from "./HarnessProperty.ts";
import { idempotentRetry } from "./idempotentRetry.ts";
import { invalidRejected } from "./invalidRejected.ts";
import { statefulLifecycle } from "./statefulLifecycle.ts";
import { updateSemantics } from "./updateSemantics.ts";

/** The properties `run` checks by default, in the order they run. */
export const DEFAULT_SUITE: readonly HarnessProperty[] = [createValid, invalidRejected, updateSemantics, idempotentRetry, statefulLifecycle(), concurrentPairs];

/** Exploration: the same properties with longer stateful sequences. */
export const EXPLORE_SUITE: readonly HarnessProperty[] = DEFAULT_SUITE.map((p) => (p.name === "stateful-lifecycle" ? statefulLifecycle(40) : p));
