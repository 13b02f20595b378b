import type { ErrorName } from "../../contracts/errorCatalogue.ts";
import type { OperationName } from "../../contracts/operationCatalogue.ts";

/** Valid documents with every member set, so that each member can be removed, retyped or bent in a test. */
export type Doc = Readonly<Record<string, unknown>>;

export const UUID = "6aa92da0-5eeb-4ff4-aabf-4db7fd022ad1";
export const BUNDLE_ARN = `arn:aws:appfabric:us-east-1:123456789012:appbundle/${UUID}`;
export const INGESTION_ARN = `${BUNDLE_ARN}/ingestion/0379c487-af21-4419-80c2-92968007de1c`;
export const DESTINATION_ARN = `${INGESTION_ARN}/ingestiondestination/04a7c9f5-14e1-4697-8b43-551186ff0a6e`;
export const TIME = "2024-01-01T00:00:00Z";

const S3 = { s3Bucket: { bucketName: "audit-bucket", prefix: "appfabric/" } };
const FIREHOSE = { firehoseStream: { streamName: "audit-stream" } };
const PROCESSING = { auditLog: { schema: "ocsf", format: "json" } };
const TAGS = [{ key: "team", value: "security" }];
const BUNDLE = { appBundleIdentifier: BUNDLE_ARN };
const INGESTION = { ...BUNDLE, ingestionIdentifier: "0379c487-af21-4419-80c2-92968007de1c" };
const DESTINATION = { ...INGESTION, ingestionDestinationIdentifier: DESTINATION_ARN };
const PAGE = { maxResults: 10, nextToken: "page-2" };

export const VALID_INPUTS: Readonly<Record<OperationName, Doc>> = {
  CreateAppBundle: { clientToken: UUID, customerManagedKeyIdentifier: "arn:aws:kms:us-east-1:123456789012:key/k", tags: TAGS },
  GetAppBundle: BUNDLE,
  ListAppBundles: PAGE,
  DeleteAppBundle: BUNDLE,
  CreateIngestion: { ...BUNDLE, app: "OKTA", tenantId: "tenant-1", ingestionType: "auditLog", clientToken: UUID, tags: TAGS },
  GetIngestion: INGESTION,
  ListIngestions: { ...BUNDLE, ...PAGE },
  StartIngestion: INGESTION,
  StopIngestion: INGESTION,
  DeleteIngestion: INGESTION,
  CreateIngestionDestination: {
    ...INGESTION, processingConfiguration: PROCESSING, destinationConfiguration: { auditLog: { destination: S3 } },
    clientToken: UUID, tags: TAGS,
  },
  GetIngestionDestination: DESTINATION,
  UpdateIngestionDestination: { ...DESTINATION, destinationConfiguration: { auditLog: { destination: FIREHOSE } } },
  ListIngestionDestinations: { ...INGESTION, ...PAGE },
  DeleteIngestionDestination: DESTINATION,
  TagResource: { resourceArn: BUNDLE_ARN, tags: TAGS },
  UntagResource: { resourceArn: BUNDLE_ARN, tagKeys: ["team"] },
  ListTagsForResource: { resourceArn: BUNDLE_ARN },
};

const APP_BUNDLE = { appBundle: { arn: BUNDLE_ARN, customerManagedKeyArn: "arn:aws:kms:us-east-1:123456789012:key/k" } };
const INGESTION_OUT = {
  ingestion: {
    arn: INGESTION_ARN, appBundleArn: BUNDLE_ARN, app: "OKTA", tenantId: "tenant-1",
    createdAt: TIME, updatedAt: "2024-01-02T03:04:05.678+01:00", state: "enabled", ingestionType: "auditLog",
  },
};
/** status Active, so statusReason is absent (it may only accompany Failed; see timestamps.test.ts). */
const DESTINATION_OUT = {
  ingestionDestination: {
    arn: DESTINATION_ARN, ingestionArn: INGESTION_ARN, processingConfiguration: PROCESSING,
    destinationConfiguration: { auditLog: { destination: S3 } }, status: "Active", createdAt: TIME, updatedAt: TIME,
  },
};

export const VALID_OUTPUTS: Readonly<Record<OperationName, Doc>> = {
  CreateAppBundle: APP_BUNDLE,
  GetAppBundle: APP_BUNDLE,
  ListAppBundles: { appBundleSummaryList: [{ arn: BUNDLE_ARN }], nextToken: "page-2" },
  DeleteAppBundle: {},
  CreateIngestion: INGESTION_OUT,
  GetIngestion: INGESTION_OUT,
  ListIngestions: {
    ingestions: [{ arn: INGESTION_ARN, app: "OKTA", tenantId: "tenant-1", state: "disabled" }], nextToken: "page-2",
  },
  StartIngestion: {},
  StopIngestion: {},
  DeleteIngestion: {},
  CreateIngestionDestination: DESTINATION_OUT,
  GetIngestionDestination: DESTINATION_OUT,
  UpdateIngestionDestination: DESTINATION_OUT,
  ListIngestionDestinations: { ingestionDestinations: [{ arn: DESTINATION_ARN }], nextToken: "page-2" },
  DeleteIngestionDestination: {},
  TagResource: {},
  UntagResource: {},
  ListTagsForResource: { tags: TAGS },
};

const RESOURCE = { message: "m", resourceId: "id", resourceType: "IngestionDestination" };

export const VALID_ERROR_BODIES: Readonly<Record<ErrorName, Doc>> = {
  ValidationException: { message: "m", reason: "fieldValidationFailed", fieldList: [{ name: "tags", message: "m" }] },
  AccessDeniedException: { message: "m" },
  ResourceNotFoundException: RESOURCE,
  ConflictException: RESOURCE,
  ServiceQuotaExceededException: { ...RESOURCE, serviceCode: "appfabric", quotaCode: "L-1" },
  ThrottlingException: { message: "m", serviceCode: "appfabric", quotaCode: "L-1" },
  InternalServerException: { message: "m" },
};
