import { rewriteDestination } from "./rewriteDestination.ts";
import type { Mutant } from "./Mutant.ts";

/** The destination's answer is built without ingestionArn, a required member of IngestionDestination. */
export const missingRequiredMember: Mutant = {
  name: "missing-required-member",
  class: "responses",
  description: "IngestionDestination answers lack the required member ingestionArn",
  handle: (handle) => (operation, input) => rewriteDestination(handle(operation, input), ({ ingestionArn: _, ...rest }) => rest),
};
