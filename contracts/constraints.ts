/**
 * Scalar constraints of the AppFabric model (the AWS API model's Smithy patterns, which are anchored).
 * The JSON Schemas and the generators are both built from these, so a boundary changes in one place.
 */
export interface LengthRange { readonly min: number; readonly max: number }

export const LENGTHS = {
  identifier: { min: 1, max: 1011 },
  arn: { min: 1, max: 1011 },
  bucketName: { min: 3, max: 63 },
  prefix: { min: 1, max: 120 },
  streamName: { min: 3, max: 64 },
  app: { min: 1, max: 255 },
  tenantId: { min: 1, max: 1024 },
  appBundlesNextToken: { min: 1, max: 2048 },
  tagKey: { min: 1, max: 128 },
  tagValue: { min: 0, max: 256 },
  tagList: { min: 0, max: 50 },
  tagKeyList: { min: 0, max: 200 },
  maxResults: { min: 1, max: 100 },
} as const satisfies Record<string, LengthRange>;

export const UUID_PATTERN = "^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$";
export const ARN_PATTERN = "^arn:.+$";
export const IDENTIFIER_PATTERN = `${ARN_PATTERN}|${UUID_PATTERN}`;

/** The RFC 3339 form the JS SDK's parseRfc3339DateTimeWithOffset accepts (smithy-typescript). */
export const RFC3339_PATTERN =
  "^(\\d{4})-(\\d{2})-(\\d{2})[tT](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?(([-+]\\d{2}\\:\\d{2})|[zZ])$";

export const ENUMS = {
  schema: ["ocsf", "raw"],
  format: ["json", "parquet"],
  ingestionType: ["auditLog"],
  ingestionState: ["enabled", "disabled"],
  destinationStatus: ["Active", "Failed"],
  validationReason: ["unknownOperation", "cannotParse", "fieldValidationFailed", "other"],
} as const;

/** The tagged unions: union shape -> its member names. Exactly one member is set. */
export const UNIONS = {
  ProcessingConfiguration: ["auditLog"],
  DestinationConfiguration: ["auditLog"],
  Destination: ["s3Bucket", "firehoseStream"],
} as const;
