import type { Mutant } from "./Mutant.ts";

type Destination = { processingConfiguration?: { auditLog?: { schema?: string; format?: string } } };

/** Update answers with a processing configuration it was never asked to change (it has no such member). */
export const updateChangesProcessing: Mutant = {
  name: "update-changes-processing",
  class: "semantics",
  description: "UpdateIngestionDestination changes processingConfiguration",
  caughtBy: [
    { kind: "model", check: "keeps-processingConfiguration", operation: "UpdateIngestionDestination" },
    { kind: "model", check: "output.ingestionDestination.processingConfiguration", operation: "UpdateIngestionDestination" },
  ],
  handle: (handle) => (operation, input) => {
    const outcome = handle(operation, input);
    if (operation !== "UpdateIngestionDestination" || !outcome.ok) return outcome;
    const destination = outcome.output.ingestionDestination as Destination;
    const format = destination.processingConfiguration?.auditLog?.format === "json" ? "parquet" : "json";
    const processingConfiguration = { auditLog: { ...destination.processingConfiguration?.auditLog, format } };
    return { ...outcome, output: { ...outcome.output, ingestionDestination: { ...destination, processingConfiguration } } };
  },
};
