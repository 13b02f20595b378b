import type { HarnessProperty } from "../properties/HarnessProperty.ts";
import { createValid } from "../properties/createValid.ts";
import { idempotentRetry } from "../properties/idempotentRetry.ts";
import { invalidRejected } from "../properties/invalidRejected.ts";
import { statefulLifecycle } from "../properties/statefulLifecycle.ts";
import { updateSemantics } from "../properties/updateSemantics.ts";

/**
 * The suite's properties whose inputs the gate sends through both clients. Not concurrent-pairs: its calls
 * are in flight together, and lockstep pairs calls by their order.
 */
export const GATE_SUITE: readonly HarnessProperty[] = [createValid, invalidRejected, updateSemantics, idempotentRetry, statefulLifecycle()];
