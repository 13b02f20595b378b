import type { OperationName } from "../operationCatalogue.ts";
import { structure, type JsonSchemaObject } from "./combinators.ts";
import { RESOURCES } from "./resources.ts";
import { SCALARS } from "./scalars.ts";

const EMPTY = structure("output", {});
const APP_BUNDLE = structure("output", { appBundle: RESOURCES.AppBundle }, ["appBundle"]);
const INGESTION = structure("output", { ingestion: RESOURCES.Ingestion }, ["ingestion"]);
const DESTINATION = structure("output", { ingestionDestination: RESOURCES.IngestionDestination },
  ["ingestionDestination"]);

/**
 * Output schemas in the wire JSON form (the API model's output shapes): timestamps are RFC 3339 strings and `$metadata` is absent
 * (see toWireJson for SDK outputs). Open structures: clients must tolerate members added by the service.
 */
export const OUTPUT_SCHEMAS: Readonly<Record<OperationName, JsonSchemaObject>> = {
  CreateAppBundle: APP_BUNDLE,
  GetAppBundle: APP_BUNDLE,
  ListAppBundles: structure("output",
    { appBundleSummaryList: RESOURCES.AppBundleSummaryList, nextToken: SCALARS.String2048 },
    ["appBundleSummaryList"]),
  DeleteAppBundle: EMPTY,
  CreateIngestion: INGESTION,
  GetIngestion: INGESTION,
  ListIngestions: structure("output", { ingestions: RESOURCES.IngestionList, nextToken: SCALARS.String },
    ["ingestions"]),
  StartIngestion: EMPTY,
  StopIngestion: EMPTY,
  DeleteIngestion: EMPTY,
  CreateIngestionDestination: DESTINATION,
  GetIngestionDestination: DESTINATION,
  UpdateIngestionDestination: DESTINATION,
  ListIngestionDestinations: structure("output",
    { ingestionDestinations: RESOURCES.IngestionDestinationList, nextToken: SCALARS.String },
    ["ingestionDestinations"]),
  DeleteIngestionDestination: EMPTY,
  TagResource: EMPTY,
  UntagResource: EMPTY,
  ListTagsForResource: structure("output", { tags: RESOURCES.TagList }),
};
