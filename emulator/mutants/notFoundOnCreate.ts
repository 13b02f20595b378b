import type { Mutant } from "./Mutant.ts";

const CREATES = new Set(["CreateIngestion", "CreateIngestionDestination"]);

/** A Create under a missing parent answers ResourceNotFoundException, which no Create operation documents. */
export const notFoundOnCreate: Mutant = {
  name: "not-found-on-create",
  class: "errors",
  description: "a Create under a parent that does not exist answers ResourceNotFoundException (undocumented for Create)",
  caughtBy: [
    { kind: "undocumented-error", check: "documented-errors" },
    { kind: "model", check: "outcome.other-error" },
  ],
  handle: (handle) => (operation, input) => {
    const outcome = handle(operation, input);
    if (!CREATES.has(operation) || outcome.ok || outcome.error.name !== "ValidationException" || outcome.error.members.reason !== "other") return outcome;
    const resourceId = String(operation === "CreateIngestion" ? input.appBundleIdentifier : input.ingestionIdentifier);
    return { ...outcome, error: { name: "ResourceNotFoundException", members: {
      message: String(outcome.error.members.message), resourceId, resourceType: operation === "CreateIngestion" ? "AppBundle" : "Ingestion",
    } } };
  },
};
