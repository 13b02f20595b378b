import type { ErrorName } from "../../contracts/errorCatalogue.ts";
import type { OperationName } from "../../contracts/operationCatalogue.ts";

/**
 * The test oracle, written from the AWS API model's shapes and errors independently of the schemas: the required members of each
 * document, as dotted paths with `*` for list items. Members of a union are not listed: removing a union's only
 * member leaves it empty, which breaks "exactly one member" instead.
 */
const DESTINATION_CONFIG = ["destinationConfiguration", "destinationConfiguration.auditLog.destination",
  "destinationConfiguration.auditLog.destination.s3Bucket.bucketName",
  "destinationConfiguration.auditLog.destination.firehoseStream.streamName"];
const PROCESSING = ["processingConfiguration", "processingConfiguration.auditLog.schema",
  "processingConfiguration.auditLog.format"];
const TAGS = ["tags.*.key", "tags.*.value"];
const B = ["appBundleIdentifier"];
const I = [...B, "ingestionIdentifier"];
const D = [...I, "ingestionDestinationIdentifier"];

export const REQUIRED_INPUT_MEMBERS: Readonly<Record<OperationName, readonly string[]>> = {
  CreateAppBundle: TAGS, GetAppBundle: B, ListAppBundles: [], DeleteAppBundle: B,
  CreateIngestion: [...B, "app", "tenantId", "ingestionType", ...TAGS],
  GetIngestion: I, ListIngestions: B, StartIngestion: I, StopIngestion: I, DeleteIngestion: I,
  CreateIngestionDestination: [...I, ...PROCESSING, ...DESTINATION_CONFIG, ...TAGS],
  GetIngestionDestination: D, UpdateIngestionDestination: [...D, ...DESTINATION_CONFIG],
  ListIngestionDestinations: I, DeleteIngestionDestination: D,
  TagResource: ["resourceArn", "tags", ...TAGS], UntagResource: ["resourceArn", "tagKeys"],
  ListTagsForResource: ["resourceArn"],
};

const prefixed = (prefix: string, members: readonly string[]): string[] => members.map((m) => `${prefix}.${m}`);
const APP_BUNDLE = ["appBundle", "appBundle.arn"];
const INGESTION = ["ingestion", ...prefixed("ingestion",
  ["arn", "appBundleArn", "app", "tenantId", "createdAt", "updatedAt", "state", "ingestionType"])];
const DESTINATION = ["ingestionDestination", ...prefixed("ingestionDestination",
  ["arn", "ingestionArn", ...PROCESSING, ...DESTINATION_CONFIG])];

export const REQUIRED_OUTPUT_MEMBERS: Readonly<Record<OperationName, readonly string[]>> = {
  CreateAppBundle: APP_BUNDLE, GetAppBundle: APP_BUNDLE,
  ListAppBundles: ["appBundleSummaryList", "appBundleSummaryList.*.arn"], DeleteAppBundle: [],
  CreateIngestion: INGESTION, GetIngestion: INGESTION,
  ListIngestions: ["ingestions", ...prefixed("ingestions.*", ["arn", "app", "tenantId", "state"])],
  StartIngestion: [], StopIngestion: [], DeleteIngestion: [],
  CreateIngestionDestination: DESTINATION, GetIngestionDestination: DESTINATION, UpdateIngestionDestination: DESTINATION,
  ListIngestionDestinations: ["ingestionDestinations", "ingestionDestinations.*.arn"],
  DeleteIngestionDestination: [], TagResource: [], UntagResource: [], ListTagsForResource: TAGS,
};

export const REQUIRED_ERROR_MEMBERS: Readonly<Record<ErrorName, readonly string[]>> = {
  ValidationException: ["message", "reason", "fieldList.*.name", "fieldList.*.message"],
  AccessDeniedException: ["message"],
  ResourceNotFoundException: ["message", "resourceId", "resourceType"],
  ConflictException: ["message", "resourceId", "resourceType"],
  ServiceQuotaExceededException: ["message", "resourceId", "resourceType", "serviceCode", "quotaCode"],
  ThrottlingException: ["message"],
  InternalServerException: ["message"],
};

/** Union shapes by the member name that holds them (the API model's union shapes). */
export const UNION_MEMBERS: ReadonlySet<string> = new Set(["processingConfiguration", "destinationConfiguration", "destination"]);
