/**
 * Static schemas of AppFabric's resource shapes, in the compact array form that @smithy/core/schema reads
 * (the same form as a generated client's schemas_0). Structure: [3, namespace, name, traits, memberNames,
 * memberSchemas, requiredCount]; required members come first, as the code generator orders them.
 * Union: [4, ...] without a required count. List: [1, namespace, name, traits, memberSchema].
 * Simple member types: 0 string (enums and constrained strings included), 1 number,
 * 5 timestamp with timestampFormat date-time, 64 | 0 list of strings.
 */
import type {
  StaticListSchema, StaticStructureSchema, StaticUnionSchema,
} from "@smithy/types";

export const NAMESPACE = "com.amazonaws.appfabric";

/** Date-time timestamps: RFC 3339 strings on the wire (the API model's timestampFormat date-time), not restJson1's default epoch seconds. */
export const DATE_TIME = 5;
export const STRING_LIST = 64 | 0;

export const Tag$: StaticStructureSchema = [3, NAMESPACE, "Tag", 0, ["key", "value"], [0, 0], 2];
export const TagList: StaticListSchema = [1, NAMESPACE, "TagList", 0, () => Tag$];

export const AppBundle$: StaticStructureSchema =
  [3, NAMESPACE, "AppBundle", 0, ["arn", "customerManagedKeyArn"], [0, 0], 1];
export const AppBundleSummary$: StaticStructureSchema = [3, NAMESPACE, "AppBundleSummary", 0, ["arn"], [0], 1];
export const AppBundleSummaryList: StaticListSchema =
  [1, NAMESPACE, "AppBundleSummaryList", 0, () => AppBundleSummary$];

export const Ingestion$: StaticStructureSchema = [3, NAMESPACE, "Ingestion", 0,
  ["arn", "appBundleArn", "app", "tenantId", "createdAt", "updatedAt", "state", "ingestionType"],
  [0, 0, 0, 0, DATE_TIME, DATE_TIME, 0, 0], 8];
export const IngestionSummary$: StaticStructureSchema =
  [3, NAMESPACE, "IngestionSummary", 0, ["arn", "app", "tenantId", "state"], [0, 0, 0, 0], 4];
export const IngestionList: StaticListSchema = [1, NAMESPACE, "IngestionList", 0, () => IngestionSummary$];

export const AuditLogProcessingConfiguration$: StaticStructureSchema =
  [3, NAMESPACE, "AuditLogProcessingConfiguration", 0, ["schema", "format"], [0, 0], 2];
export const ProcessingConfiguration$: StaticUnionSchema =
  [4, NAMESPACE, "ProcessingConfiguration", 0, ["auditLog"], [() => AuditLogProcessingConfiguration$]];

export const S3Bucket$: StaticStructureSchema = [3, NAMESPACE, "S3Bucket", 0, ["bucketName", "prefix"], [0, 0], 1];
export const FirehoseStream$: StaticStructureSchema = [3, NAMESPACE, "FirehoseStream", 0, ["streamName"], [0], 1];
export const Destination$: StaticUnionSchema =
  [4, NAMESPACE, "Destination", 0, ["s3Bucket", "firehoseStream"], [() => S3Bucket$, () => FirehoseStream$]];
export const AuditLogDestinationConfiguration$: StaticStructureSchema =
  [3, NAMESPACE, "AuditLogDestinationConfiguration", 0, ["destination"], [() => Destination$], 1];
export const DestinationConfiguration$: StaticUnionSchema =
  [4, NAMESPACE, "DestinationConfiguration", 0, ["auditLog"], [() => AuditLogDestinationConfiguration$]];

export const IngestionDestination$: StaticStructureSchema = [3, NAMESPACE, "IngestionDestination", 0,
  ["arn", "ingestionArn", "processingConfiguration", "destinationConfiguration", "status", "statusReason",
    "createdAt", "updatedAt"],
  [0, 0, () => ProcessingConfiguration$, () => DestinationConfiguration$, 0, 0, DATE_TIME, DATE_TIME], 4];
export const IngestionDestinationSummary$: StaticStructureSchema =
  [3, NAMESPACE, "IngestionDestinationSummary", 0, ["arn"], [0], 1];
export const IngestionDestinationList: StaticListSchema =
  [1, NAMESPACE, "IngestionDestinationList", 0, () => IngestionDestinationSummary$];

export const ValidationExceptionField$: StaticStructureSchema =
  [3, NAMESPACE, "ValidationExceptionField", 0, ["name", "message"], [0, 0], 2];
export const ValidationExceptionFieldList: StaticListSchema =
  [1, NAMESPACE, "ValidationExceptionFieldList", 0, () => ValidationExceptionField$];
