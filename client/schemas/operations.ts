/**
 * Static operation schemas: [9, namespace, name, { http: [method, uri, successCode] }, input, output].
 * Written from the service model, independently of contracts/operationCatalogue.ts, so a test can compare
 * the two transcriptions.
 */
import type { StaticOperationSchema, StaticStructureSchema } from "@smithy/types";
import type { OperationName } from "../../contracts/operationCatalogue.ts";
import * as io from "./requests.ts";
import { NAMESPACE } from "./shapes.ts";

const BUNDLE = "/appbundles/{appBundleIdentifier}";
const INGESTION = `${BUNDLE}/ingestions/{ingestionIdentifier}`;
const DESTINATIONS = `${INGESTION}/ingestiondestinations`;
const DESTINATION = `${DESTINATIONS}/{ingestionDestinationIdentifier}`;
const TAGS = "/tags/{resourceArn}";

function operation(name: OperationName, method: string, uri: string, code: number,
  input: StaticStructureSchema, output: StaticStructureSchema): StaticOperationSchema {
  return [9, NAMESPACE, name, { http: [method, uri, code] }, () => input, () => output];
}

export const OPERATION_SCHEMAS: Readonly<Record<OperationName, StaticOperationSchema>> = {
  CreateAppBundle: operation("CreateAppBundle", "POST", "/appbundles", 201,
    io.CreateAppBundleRequest$, io.CreateAppBundleResponse$),
  GetAppBundle: operation("GetAppBundle", "GET", BUNDLE, 200, io.GetAppBundleRequest$, io.GetAppBundleResponse$),
  ListAppBundles: operation("ListAppBundles", "GET", "/appbundles", 200,
    io.ListAppBundlesRequest$, io.ListAppBundlesResponse$),
  DeleteAppBundle: operation("DeleteAppBundle", "DELETE", BUNDLE, 204,
    io.DeleteAppBundleRequest$, io.DeleteAppBundleResponse$),
  CreateIngestion: operation("CreateIngestion", "POST", `${BUNDLE}/ingestions`, 201,
    io.CreateIngestionRequest$, io.CreateIngestionResponse$),
  GetIngestion: operation("GetIngestion", "GET", INGESTION, 200, io.GetIngestionRequest$, io.GetIngestionResponse$),
  ListIngestions: operation("ListIngestions", "GET", `${BUNDLE}/ingestions`, 200,
    io.ListIngestionsRequest$, io.ListIngestionsResponse$),
  StartIngestion: operation("StartIngestion", "POST", `${INGESTION}/start`, 200,
    io.StartIngestionRequest$, io.StartIngestionResponse$),
  StopIngestion: operation("StopIngestion", "POST", `${INGESTION}/stop`, 200,
    io.StopIngestionRequest$, io.StopIngestionResponse$),
  DeleteIngestion: operation("DeleteIngestion", "DELETE", INGESTION, 204,
    io.DeleteIngestionRequest$, io.DeleteIngestionResponse$),
  CreateIngestionDestination: operation("CreateIngestionDestination", "POST", DESTINATIONS, 201,
    io.CreateIngestionDestinationRequest$, io.CreateIngestionDestinationResponse$),
  GetIngestionDestination: operation("GetIngestionDestination", "GET", DESTINATION, 200,
    io.GetIngestionDestinationRequest$, io.GetIngestionDestinationResponse$),
  UpdateIngestionDestination: operation("UpdateIngestionDestination", "PATCH", DESTINATION, 200,
    io.UpdateIngestionDestinationRequest$, io.UpdateIngestionDestinationResponse$),
  ListIngestionDestinations: operation("ListIngestionDestinations", "GET", DESTINATIONS, 200,
    io.ListIngestionDestinationsRequest$, io.ListIngestionDestinationsResponse$),
  DeleteIngestionDestination: operation("DeleteIngestionDestination", "DELETE", DESTINATION, 204,
    io.DeleteIngestionDestinationRequest$, io.DeleteIngestionDestinationResponse$),
  TagResource: operation("TagResource", "POST", TAGS, 200, io.TagResourceRequest$, io.TagResourceResponse$),
  UntagResource: operation("UntagResource", "DELETE", TAGS, 200, io.UntagResourceRequest$, io.UntagResourceResponse$),
  ListTagsForResource: operation("ListTagsForResource", "GET", TAGS, 200,
    io.ListTagsForResourceRequest$, io.ListTagsForResourceResponse$),
};
