import type { Mutant } from "./Mutant.ts";

/** Get looks identifiers up in the ARN index only: a destination addressed by its UUID is not found. */
export const getByUuidDiffers: Mutant = {
  name: "get-by-uuid-differs",
  class: "semantics",
  description: "GetIngestionDestination by UUID answers ResourceNotFoundException where the same destination by ARN is found",
  caughtBy: [
    { kind: "model", check: "outcome.unexpected-error", operation: "GetIngestionDestination" },
    { kind: "model", check: "outcome.acknowledged-but-missing", operation: "GetIngestionDestination" },
  ],
  handle: (handle) => (operation, input) => {
    const outcome = handle(operation, input);
    const identifier = input.ingestionDestinationIdentifier;
    if (operation !== "GetIngestionDestination" || !outcome.ok || typeof identifier !== "string" || identifier.startsWith("arn:")) return outcome;
    return { ok: false, basis: [], error: { name: "ResourceNotFoundException", members: {
      message: `Ingestion destination ${identifier} not found`, resourceId: identifier, resourceType: "IngestionDestination",
    } } };
  },
};
