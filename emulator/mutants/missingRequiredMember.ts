import { rewriteDestination } from "./rewriteDestination.ts";
import type { Mutant } from "./Mutant.ts";

/** The destination's answer is built without ingestionArn, a required member of IngestionDestination. */
export const missingRequiredMember: Mutant = {
  name: "missing-required-member",
  class: "responses",
  description: "IngestionDestination answers lack the required member ingestionArn",
  caughtBy: [
    { kind: "contract", check: "output-schema" },
    { kind: "model", check: "output.ingestionDestination.ingestionArn" },
  ],
  handle: (handle) => (operation, input) => rewriteDestination(handle(operation, input), ({ ingestionArn: _, ...rest }) => rest),
};
