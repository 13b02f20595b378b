import { idOfArn } from "../../model/index.ts";
import type { Mutant } from "./Mutant.ts";

const idOf = (identifier: unknown) => idOfArn(String(identifier));

/** Get reads a replica the last Update has not reached: it answers the destination as it was before. */
export const staleGetAfterUpdate: Mutant = {
  name: "stale-get-after-update",
  class: "semantics",
  description: "GetIngestionDestination answers the destination as it was before the last update",
  caughtBy: [{ kind: "model", check: "output.ingestionDestination", operation: "GetIngestionDestination" }],
  handle: (handle) => {
    const before = new Map<string, unknown>();
    return (operation, input) => {
      const id = idOf(input.ingestionDestinationIdentifier);
      const previous = operation === "UpdateIngestionDestination"
        ? handle("GetIngestionDestination", { ...input, destinationConfiguration: undefined }) : undefined;
      const outcome = handle(operation, input);
      if (previous?.ok && outcome.ok) before.set(id, previous.output.ingestionDestination);
      if (operation === "GetIngestionDestination" && outcome.ok && before.has(id)) {
        return { ...outcome, output: { ingestionDestination: before.get(id) } };
      }
      if (operation === "DeleteIngestionDestination") before.delete(id);
      return outcome;
    };
  },
};
