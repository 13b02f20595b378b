import { extraOutputMembers } from "../emulator/extraOutputMembers.ts";
import type { FaultOptions, Render } from "../emulator/types.ts";

/**
 * A way the embedded emulator may answer that is no bug: documented transient errors (which clients retry),
 * slow answers, members a newer service version adds. The harness must raise nothing over any of them.
 */
export interface BenignMode {
  readonly name: string;
  readonly description: string;
  readonly faults?: Omit<FaultOptions, "seed">;
  readonly renderWith?: (render: Render) => Render;
}

export const BENIGN_MODES: readonly BenignMode[] = [
  { name: "throttling", description: "30% of requests answered with ThrottlingException", faults: { throttleRate: 0.3 } },
  { name: "internal-errors", description: "20% of requests answered with InternalServerException", faults: { serverErrorRate: 0.2 } },
  { name: "latency", description: "every answer delayed by 0-4 ms", faults: { latencyMs: { min: 0, max: 4 } } },
  { name: "extra-output-members", description: "success bodies carry undocumented members", renderWith: extraOutputMembers },
];
