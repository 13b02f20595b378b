import { rewriteDestination } from "./rewriteDestination.ts";
import type { Mutant } from "./Mutant.ts";

/** The status enum is written with its Smithy constant name (ACTIVE) instead of its value (Active). */
export const enumWrongCase: Mutant = {
  name: "enum-wrong-case",
  class: "responses",
  description: "IngestionDestination answers carry status in upper case (ACTIVE)",
  caughtBy: [
    { kind: "contract", check: "output-schema" },
    { kind: "model", check: "output.ingestionDestination.status" },
  ],
  handle: (handle) => (operation, input) => rewriteDestination(handle(operation, input), (destination) =>
    (typeof destination.status === "string" ? { ...destination, status: destination.status.toUpperCase() } : destination)),
};
