/**
 * Static schemas of the 18 operations' input and output structures, with their HTTP bindings as member
 * traits: LABEL (httpLabel, trait bit 1), TOKEN (idempotencyToken, trait bit 4: the serializer fills a
 * missing value with a uuid v4), and { httpQuery } objects. Members without a binding go in the JSON body.
 */
import type { SchemaTraits, StaticStructureSchema, $SchemaRef } from "@smithy/types";
import {
  AppBundle$, AppBundleSummaryList, DestinationConfiguration$, Ingestion$, IngestionDestination$,
  IngestionDestinationList, IngestionList, NAMESPACE, ProcessingConfiguration$, STRING_LIST, TagList,
} from "./shapes.ts";

const LABEL = 1;
const TOKEN = 4;
type Member = readonly [string, $SchemaRef | [$SchemaRef, SchemaTraits]];

/** Member schemas are fresh arrays per structure: the runtime caches normalized forms on them. */
function struct(name: string, members: readonly Member[], required: number): StaticStructureSchema {
  return [3, NAMESPACE, name, 0, members.map(([m]) => m),
    members.map(([, s]) => (Array.isArray(s) && s.length === 2 ? [s[0], s[1]] : s)), required];
}

const BUNDLE_ID: Member = ["appBundleIdentifier", [0, LABEL]];
const INGESTION_ID: Member = ["ingestionIdentifier", [0, LABEL]];
const DESTINATION_ID: Member = ["ingestionDestinationIdentifier", [0, LABEL]];
const RESOURCE_ARN: Member = ["resourceArn", [0, LABEL]];
const TAGS: Member = ["tags", () => TagList];
const PAGE: readonly Member[] = [["maxResults", [1, { httpQuery: "maxResults" }]],
  ["nextToken", [0, { httpQuery: "nextToken" }]]];

const empty = (name: string): StaticStructureSchema => struct(name, [], 0);

export const CreateAppBundleRequest$ = struct("CreateAppBundleRequest",
  [["clientToken", [0, TOKEN]], ["customerManagedKeyIdentifier", 0], TAGS], 0);
export const CreateAppBundleResponse$ = struct("CreateAppBundleResponse", [["appBundle", () => AppBundle$]], 1);
export const GetAppBundleRequest$ = struct("GetAppBundleRequest", [BUNDLE_ID], 1);
export const GetAppBundleResponse$ = struct("GetAppBundleResponse", [["appBundle", () => AppBundle$]], 1);
export const ListAppBundlesRequest$ = struct("ListAppBundlesRequest", PAGE, 0);
export const ListAppBundlesResponse$ = struct("ListAppBundlesResponse",
  [["appBundleSummaryList", () => AppBundleSummaryList], ["nextToken", 0]], 1);
export const DeleteAppBundleRequest$ = struct("DeleteAppBundleRequest", [BUNDLE_ID], 1);
export const DeleteAppBundleResponse$ = empty("DeleteAppBundleResponse");

export const CreateIngestionRequest$ = struct("CreateIngestionRequest", [BUNDLE_ID, ["app", 0], ["tenantId", 0],
  ["ingestionType", 0], ["clientToken", [0, TOKEN]], TAGS], 4);
export const CreateIngestionResponse$ = struct("CreateIngestionResponse", [["ingestion", () => Ingestion$]], 1);
export const GetIngestionRequest$ = struct("GetIngestionRequest", [BUNDLE_ID, INGESTION_ID], 2);
export const GetIngestionResponse$ = struct("GetIngestionResponse", [["ingestion", () => Ingestion$]], 1);
export const ListIngestionsRequest$ = struct("ListIngestionsRequest", [BUNDLE_ID, ...PAGE], 1);
export const ListIngestionsResponse$ = struct("ListIngestionsResponse",
  [["ingestions", () => IngestionList], ["nextToken", 0]], 1);
export const StartIngestionRequest$ = struct("StartIngestionRequest", [INGESTION_ID, BUNDLE_ID], 2);
export const StartIngestionResponse$ = empty("StartIngestionResponse");
export const StopIngestionRequest$ = struct("StopIngestionRequest", [INGESTION_ID, BUNDLE_ID], 2);
export const StopIngestionResponse$ = empty("StopIngestionResponse");
export const DeleteIngestionRequest$ = struct("DeleteIngestionRequest", [BUNDLE_ID, INGESTION_ID], 2);
export const DeleteIngestionResponse$ = empty("DeleteIngestionResponse");

const DESTINATION_OUT: readonly Member[] = [["ingestionDestination", () => IngestionDestination$]];
export const CreateIngestionDestinationRequest$ = struct("CreateIngestionDestinationRequest", [BUNDLE_ID,
  INGESTION_ID, ["processingConfiguration", () => ProcessingConfiguration$],
  ["destinationConfiguration", () => DestinationConfiguration$], ["clientToken", [0, TOKEN]], TAGS], 4);
export const CreateIngestionDestinationResponse$ = struct("CreateIngestionDestinationResponse", DESTINATION_OUT, 1);
export const GetIngestionDestinationRequest$ = struct("GetIngestionDestinationRequest",
  [BUNDLE_ID, INGESTION_ID, DESTINATION_ID], 3);
export const GetIngestionDestinationResponse$ = struct("GetIngestionDestinationResponse", DESTINATION_OUT, 1);
export const UpdateIngestionDestinationRequest$ = struct("UpdateIngestionDestinationRequest", [BUNDLE_ID,
  INGESTION_ID, DESTINATION_ID, ["destinationConfiguration", () => DestinationConfiguration$]], 4);
export const UpdateIngestionDestinationResponse$ = struct("UpdateIngestionDestinationResponse", DESTINATION_OUT, 1);
export const ListIngestionDestinationsRequest$ = struct("ListIngestionDestinationsRequest",
  [BUNDLE_ID, INGESTION_ID, ...PAGE], 2);
export const ListIngestionDestinationsResponse$ = struct("ListIngestionDestinationsResponse",
  [["ingestionDestinations", () => IngestionDestinationList], ["nextToken", 0]], 1);
export const DeleteIngestionDestinationRequest$ = struct("DeleteIngestionDestinationRequest",
  [BUNDLE_ID, INGESTION_ID, DESTINATION_ID], 3);
export const DeleteIngestionDestinationResponse$ = empty("DeleteIngestionDestinationResponse");

export const TagResourceRequest$ = struct("TagResourceRequest", [RESOURCE_ARN, TAGS], 2);
export const TagResourceResponse$ = empty("TagResourceResponse");
export const UntagResourceRequest$ = struct("UntagResourceRequest",
  [RESOURCE_ARN, ["tagKeys", [STRING_LIST, { httpQuery: "tagKeys" }]]], 2);
export const UntagResourceResponse$ = empty("UntagResourceResponse");
export const ListTagsForResourceRequest$ = struct("ListTagsForResourceRequest", [RESOURCE_ARN], 1);
export const ListTagsForResourceResponse$ = struct("ListTagsForResourceResponse", [TAGS], 0);
