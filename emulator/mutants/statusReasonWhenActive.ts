import { rewriteDestination } from "./rewriteDestination.ts";
import type { Mutant } from "./Mutant.ts";

/** statusReason is always filled in, though it is documented to be present only when status is Failed. */
export const statusReasonWhenActive: Mutant = {
  name: "status-reason-when-active",
  class: "responses",
  description: "Active IngestionDestination answers carry a statusReason",
  caughtBy: [
    { kind: "contract", check: "output-schema" },
    { kind: "model", check: "output.ingestionDestination.statusReason" },
  ],
  handle: (handle) => (operation, input) => rewriteDestination(handle(operation, input), (destination) =>
    (destination.status === "Active" ? { ...destination, statusReason: "Destination is healthy" } : destination)),
};
