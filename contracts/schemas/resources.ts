import type { ENUMS } from "../constraints.ts";
import { listOf, structure, type JsonSchema } from "./combinators.ts";
import { SCALARS } from "./scalars.ts";
import { shapes } from "./shapes.ts";

const OUT = shapes("output");
const FAILED = "Failed" satisfies (typeof ENUMS.destinationStatus)[number];

const AppBundleSummary = structure("output", { arn: SCALARS.Arn }, ["arn"]);
const IngestionSummary = structure("output",
  { arn: SCALARS.Arn, app: SCALARS.String255, tenantId: SCALARS.TenantIdentifier, state: SCALARS.IngestionState },
  ["arn", "app", "tenantId", "state"]);
const IngestionDestinationSummary = structure("output", { arn: SCALARS.Arn }, ["arn"]);

/** The resource structures returned by the service (the API model's resource shapes); outputs only, so open to additions. */
export const RESOURCES = {
  AppBundle: structure("output", { arn: SCALARS.Arn, customerManagedKeyArn: SCALARS.Arn }, ["arn"]),
  AppBundleSummary,
  AppBundleSummaryList: listOf(AppBundleSummary),
  Ingestion: structure("output", {
    arn: SCALARS.Arn, appBundleArn: SCALARS.Arn, app: SCALARS.String255, tenantId: SCALARS.TenantIdentifier,
    createdAt: SCALARS.DateTime, updatedAt: SCALARS.DateTime, state: SCALARS.IngestionState,
    ingestionType: SCALARS.IngestionType,
  }, ["arn", "appBundleArn", "app", "tenantId", "createdAt", "updatedAt", "state", "ingestionType"]),
  IngestionSummary,
  IngestionList: listOf(IngestionSummary),
  IngestionDestination: {
    ...structure("output", {
      arn: SCALARS.Arn, ingestionArn: SCALARS.Arn,
      processingConfiguration: OUT.ProcessingConfiguration, destinationConfiguration: OUT.DestinationConfiguration,
      status: SCALARS.IngestionDestinationStatus, statusReason: SCALARS.String,
      createdAt: SCALARS.DateTime, updatedAt: SCALARS.DateTime,
    }, ["arn", "ingestionArn", "processingConfiguration", "destinationConfiguration"]),
    // Documented: statusReason is "Only present when the status of ingestion destination is Failed".
    // An absent status is not Failed either, so it forbids statusReason too.
    if: { required: ["status"], properties: { status: { const: FAILED } } },
    else: { properties: { statusReason: false } },
  },
  IngestionDestinationSummary,
  IngestionDestinationList: listOf(IngestionDestinationSummary),
  TagList: OUT.TagList,
} as const satisfies Record<string, JsonSchema>;
