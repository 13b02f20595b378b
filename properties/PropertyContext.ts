import type { Contract } from "../contracts/contract.ts";
import type { SandboxDestinations } from "../generators/destinationConfiguration.ts";
import type { CallRunner } from "./CallRunner.ts";
import type { Parents } from "./Parents.ts";

export type { Parents };

/** What a property needs from its run: the runner (target, oracle, checks), the parents, the contract. */
export interface PropertyContext {
  readonly runner: CallRunner;
  readonly parents: Parents;
  readonly contract: Contract;
  /** Real buckets and streams to point at, on a live sandbox. */
  readonly sandbox?: SandboxDestinations;
  /** The run created the parents itself (off live sandboxes), so a property may create more parents. */
  readonly ownsParents: boolean;
  /** Tags the harness adds to every resource it creates (the run id tag). */
  readonly harnessTags: readonly { key: string; value: string }[];
}
