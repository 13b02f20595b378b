import { QUOTAS } from "../../model/index.ts";
import type { Mutant } from "./Mutant.ts";

const QUOTA = QUOTAS.destinationsPerIngestion;

/** The quota is compared with `>= limit - 1`: the last destination the documented quota allows is refused. */
export const quotaOffByOne: Mutant = {
  name: "quota-off-by-one",
  class: "semantics",
  description: `CreateIngestionDestination refuses the ${QUOTA.limit}th destination of an ingestion (quota ${QUOTA.limit})`,
  caughtBy: [{ kind: "model", check: "outcome.unexpected-error", operation: "CreateIngestionDestination" }],
  handle: (handle) => (operation, input) => {
    const outcome = handle(operation, input);
    if (operation !== "CreateIngestionDestination" || !outcome.ok) return outcome;
    const { appBundleIdentifier, ingestionIdentifier } = input;
    const listed = handle("ListIngestionDestinations", { appBundleIdentifier, ingestionIdentifier, maxResults: 100 });
    const count = listed.ok ? (listed.output.ingestionDestinations as unknown[]).length : 0;
    const created = (outcome.output.ingestionDestination as { arn: string }).arn;
    if (count < QUOTA.limit) return outcome;
    handle("DeleteIngestionDestination", { appBundleIdentifier, ingestionIdentifier, ingestionDestinationIdentifier: created });
    const ingestionArn = (outcome.output.ingestionDestination as { ingestionArn: string }).ingestionArn;
    return { ok: false, basis: [], error: { name: "ServiceQuotaExceededException", members: {
      message: `You can create at most ${QUOTA.limit - 1} ingestion destinations per ingestion`,
      resourceId: ingestionArn, resourceType: "IngestionDestination", serviceCode: "appfabric", quotaCode: QUOTA.code,
    } } };
  },
};
