import { randomUUID } from "node:crypto";
import type { Mutant } from "./Mutant.ts";

const CREATE = "CreateIngestionDestination";

/** The quota check's refusal is lost on the way out: the caller is told 201 for a destination nothing stored. */
export const phantomCreateOverQuota: Mutant = {
  name: "phantom-create-over-quota",
  class: "semantics",
  description: "a CreateIngestionDestination beyond the quota answers 201 with a destination that never exists",
  caughtBy: [
    { kind: "model", check: "outcome.unexpected-success", operation: CREATE },
    { kind: "model", check: "outcome.acknowledged-but-missing" },
  ],
  handle: (handle) => (operation, input) => {
    const outcome = handle(operation, input);
    if (operation !== CREATE || outcome.ok || outcome.error.name !== "ServiceQuotaExceededException") return outcome;
    const ingestion = handle("GetIngestion", { appBundleIdentifier: input.appBundleIdentifier, ingestionIdentifier: input.ingestionIdentifier });
    if (!ingestion.ok) return outcome;
    const ingestionArn = String((ingestion.output.ingestion as { arn: unknown }).arn);
    const now = new Date();
    return { ok: true, basis: [], output: { ingestionDestination: {
      arn: `${ingestionArn}/ingestiondestination/${randomUUID()}`, ingestionArn,
      processingConfiguration: input.processingConfiguration, destinationConfiguration: input.destinationConfiguration,
      status: "Active", createdAt: now, updatedAt: now,
    } } };
  },
};
