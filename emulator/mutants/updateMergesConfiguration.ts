import type { Mutant } from "./Mutant.ts";

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** JSON merge: members of `patch` replace those of `base`, objects merged member by member. */
function merge(base: unknown, patch: unknown): unknown {
  if (!isRecord(base) || !isRecord(patch)) return patch;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) merged[key] = merge(base[key], value);
  return merged;
}

/** Update treats its body as a merge patch: members the new configuration leaves out keep their old values. */
export const updateMergesConfiguration: Mutant = {
  name: "update-merges-configuration",
  class: "semantics",
  description: "UpdateIngestionDestination merges the new destinationConfiguration into the old one instead of replacing it",
  caughtBy: [
    { kind: "model", check: "output.ingestionDestination.destinationConfiguration" },
    // Merged into the old configuration, an update missing a required member or with an empty union passes.
    { kind: "label", check: "accepts-missingRequired", operation: "UpdateIngestionDestination" },
    { kind: "label", check: "accepts-unionEmpty", operation: "UpdateIngestionDestination" },
    { kind: "model", check: "outcome.unexpected-success", operation: "UpdateIngestionDestination" },
    { kind: "label", check: "rejects-valid-input", operation: "UpdateIngestionDestination" },
  ],
  handle: (handle) => (operation, input) => {
    if (operation !== "UpdateIngestionDestination") return handle(operation, input);
    const { destinationConfiguration, ...identifiers } = input;
    const current = handle("GetIngestionDestination", identifiers);
    if (!current.ok) return handle(operation, input);
    const old = (current.output.ingestionDestination as { destinationConfiguration?: unknown }).destinationConfiguration;
    return handle(operation, { ...input, destinationConfiguration: merge(old, destinationConfiguration) });
  },
};
