/** TypeScript types of AppFabric's resource shapes (the API model), in the generated clients' style. */
export interface Tag {
  key: string;
  value: string;
}

/** Unknown union members received from the service: [member name, raw value]. */
export interface $UnknownMember {
  $unknown: [string, unknown];
}

export type Schema = "ocsf" | "raw";
export type Format = "json" | "parquet";
export type IngestionType = "auditLog";
export type IngestionState = "enabled" | "disabled";
export type IngestionDestinationStatus = "Active" | "Failed";

export interface AppBundle {
  arn: string;
  customerManagedKeyArn?: string | undefined;
}

export interface AppBundleSummary {
  arn: string;
}

export interface Ingestion {
  arn: string;
  appBundleArn: string;
  app: string;
  tenantId: string;
  createdAt: Date;
  updatedAt: Date;
  state: IngestionState | string;
  ingestionType: IngestionType | string;
}

export interface IngestionSummary {
  arn: string;
  app: string;
  tenantId: string;
  state: IngestionState | string;
}

export interface AuditLogProcessingConfiguration {
  schema: Schema | string;
  format: Format | string;
}

export type ProcessingConfiguration =
  | { auditLog: AuditLogProcessingConfiguration; $unknown?: never }
  | ({ auditLog?: never } & $UnknownMember);

export interface S3Bucket {
  bucketName: string;
  prefix?: string | undefined;
}

export interface FirehoseStream {
  streamName: string;
}

export type Destination =
  | { s3Bucket: S3Bucket; firehoseStream?: never; $unknown?: never }
  | { s3Bucket?: never; firehoseStream: FirehoseStream; $unknown?: never }
  | ({ s3Bucket?: never; firehoseStream?: never } & $UnknownMember);

export interface AuditLogDestinationConfiguration {
  destination: Destination;
}

export type DestinationConfiguration =
  | { auditLog: AuditLogDestinationConfiguration; $unknown?: never }
  | ({ auditLog?: never } & $UnknownMember);

export interface IngestionDestination {
  arn: string;
  ingestionArn: string;
  processingConfiguration: ProcessingConfiguration;
  destinationConfiguration: DestinationConfiguration;
  status?: IngestionDestinationStatus | string | undefined;
  statusReason?: string | undefined;
  createdAt?: Date | undefined;
  updatedAt?: Date | undefined;
}

export interface IngestionDestinationSummary {
  arn: string;
}
