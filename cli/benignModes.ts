import { referenceHandle } from "../emulator/createModelHandle.ts";
import { delayedVisibility } from "../emulator/delayedVisibility.ts";
import { extraOutputMembers } from "../emulator/extraOutputMembers.ts";
import { jsonPointerFieldNames } from "../emulator/jsonPointerFieldNames.ts";
import { refusesTagKeysBeyondAwsRules } from "../emulator/refusesTagKeysBeyondAwsRules.ts";
import { refusesUnofferedFormats } from "../emulator/refusesUnofferedFormats.ts";
import { reversedListOrder } from "../emulator/reversedListOrder.ts";
import type { FaultOptions, Handle, HandleFactory, Render } from "../emulator/types.ts";

/**
 * A way the embedded emulator may answer that is no bug: documented transient errors (which clients retry),
 * slow answers, members a newer service version adds, eventual consistency, and choices the documentation
 * leaves open (list order, which schema-format pairs are accepted, whether AWS's general tagging rules apply, how
 * fieldList names members). The harness
 * must raise no failure over any of them; observations (divergences on assumed rules) are expected.
 */
export interface BenignMode {
  readonly name: string;
  readonly description: string;
  readonly faults?: Omit<FaultOptions, "seed">;
  readonly renderWith?: (render: Render) => Render;
  /** The service's handling in place of the reference model's. */
  readonly handling?: HandleFactory;
  /** How long the harness is to allow a write to take before reads show it. */
  readonly consistencyWindowMs?: number;
}

/** Writes reach reads this much later in the delayed-visibility mode. */
const VISIBILITY_DELAY_MS = 50;
/** The window the harness is given for it: several times the delay, so a busy machine does not turn it into a failure. */
const CONSISTENCY_WINDOW_MS = 500;

const aroundModel = (wrap: (handle: Handle) => Handle): HandleFactory => (env) => wrap(referenceHandle(env));

export const BENIGN_MODES: readonly BenignMode[] = [
  { name: "throttling", description: "30% of requests answered with ThrottlingException", faults: { throttleRate: 0.3 } },
  { name: "internal-errors", description: "20% of requests answered with InternalServerException", faults: { serverErrorRate: 0.2 } },
  { name: "latency", description: "every answer delayed by 0-4 ms", faults: { latencyMs: { min: 0, max: 4 } } },
  { name: "extra-output-members", description: "success bodies carry undocumented members", renderWith: extraOutputMembers },
  {
    name: "delayed-visibility",
    description: `reads answer from the state of ${VISIBILITY_DELAY_MS} ms ago, writes see the current state (the harness allows ${CONSISTENCY_WINDOW_MS} ms)`,
    handling: delayedVisibility(VISIBILITY_DELAY_MS), consistencyWindowMs: CONSISTENCY_WINDOW_MS,
  },
  { name: "reversed-list-order", description: "ListIngestionDestinations lists newest first, pages still exact", handling: aroundModel(reversedListOrder) },
  {
    name: "unoffered-formats-refused",
    description: "raw+parquet and parquet to a Firehose stream (pairs the console never offers) refused with ValidationException",
    handling: aroundModel(refusesUnofferedFormats),
  },
  {
    name: "tag-keys-beyond-aws-rules-refused",
    description: "tag keys outside AWS's general tagging rules (letters, numbers, spaces, _ . : / = + - @) refused with ValidationException",
    handling: aroundModel(refusesTagKeysBeyondAwsRules),
  },
  { name: "json-pointer-field-names", description: "ValidationException fieldList names members as JSON Pointers", handling: aroundModel(jsonPointerFieldNames) },
];
