import { rewriteDestination } from "./rewriteDestination.ts";
import type { Mutant } from "./Mutant.ts";

/** updatedAt is taken from a clock that lags the one createdAt came from. */
export const updatedBeforeCreated: Mutant = {
  name: "updated-before-created",
  class: "responses",
  description: "IngestionDestination answers carry an updatedAt one second before createdAt",
  caughtBy: [
    { kind: "contract", check: "updatedAt-after-createdAt" },
    { kind: "model", check: "output.ingestionDestination.updatedAt" },
  ],
  handle: (handle) => (operation, input) => rewriteDestination(handle(operation, input), (destination) =>
    (destination.createdAt instanceof Date ? { ...destination, updatedAt: new Date(destination.createdAt.getTime() - 1000) } : destination)),
};
