import { idOfArn } from "../../model/index.ts";
import type { Mutant } from "./Mutant.ts";

const idOf = (identifier: unknown) => idOfArn(String(identifier));

/** A stale cache answers updates: a deleted destination is "updated" with 200 (nothing is stored). */
export const updateAfterDeleteSucceeds: Mutant = {
  name: "update-after-delete-succeeds",
  class: "semantics",
  description: "UpdateIngestionDestination of a deleted destination answers 200 with the destination as updated",
  caughtBy: [{ kind: "model", check: "outcome.unexpected-success", operation: "UpdateIngestionDestination" }],
  handle: (handle) => {
    const deleted = new Map<string, unknown>();
    return (operation, input) => {
      const before = operation === "DeleteIngestionDestination" ? handle("GetIngestionDestination", input) : undefined;
      const outcome = handle(operation, input);
      if (before?.ok && outcome.ok) deleted.set(idOf(input.ingestionDestinationIdentifier), before.output.ingestionDestination);
      const cached = deleted.get(idOf(input.ingestionDestinationIdentifier));
      if (operation !== "UpdateIngestionDestination" || outcome.ok || outcome.error.name !== "ResourceNotFoundException" || cached === undefined) return outcome;
      const ingestionDestination = { ...(cached as object), destinationConfiguration: input.destinationConfiguration, updatedAt: new Date() };
      return { ok: true, output: { ingestionDestination }, basis: [] };
    };
  },
};
