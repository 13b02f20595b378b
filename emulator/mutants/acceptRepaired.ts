import type { ModelInput } from "../../model/index.ts";
import type { Handle } from "../types.ts";
import { rewriteDestination } from "./rewriteDestination.ts";

const ECHOED = ["processingConfiguration", "destinationConfiguration"] as const;

/**
 * A validator that lets one kind of defect through: the model is handed a repaired copy of the input (so it
 * accepts it), and the answer echoes the configurations as they were sent, defect included, as a service
 * that stored them would. `repair` returns its argument itself when there is nothing to repair.
 */
export function acceptRepaired(repair: (input: ModelInput) => ModelInput): (handle: Handle) => Handle {
  return (handle) => (operation, input) => {
    const repaired = repair(input);
    if (repaired === input) return handle(operation, input);
    return rewriteDestination(handle(operation, repaired), (destination) => ({
      ...destination,
      ...Object.fromEntries(ECHOED.filter((member) => input[member] !== undefined).map((member) => [member, input[member]])),
    }));
  };
}
