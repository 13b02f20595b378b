import {
  ARN_PATTERN, ENUMS, IDENTIFIER_PATTERN, LENGTHS, RFC3339_PATTERN, UUID_PATTERN,
} from "../constraints.ts";
import { enumOf, stringOf, type JsonSchema } from "./combinators.ts";

/** The model's simple shapes (the API model's simple shapes), named as in the model. */
export const SCALARS = {
  Identifier: stringOf(LENGTHS.identifier, IDENTIFIER_PATTERN),
  Arn: stringOf(LENGTHS.arn, ARN_PATTERN),
  /** No length trait in the model: the pattern alone fixes the length. */
  UUID: stringOf(undefined, UUID_PATTERN),
  String: stringOf(),
  String63: stringOf(LENGTHS.bucketName),
  String64: stringOf(LENGTHS.streamName),
  String120: stringOf(LENGTHS.prefix),
  String255: stringOf(LENGTHS.app),
  String2048: stringOf(LENGTHS.appBundlesNextToken),
  TenantIdentifier: stringOf(LENGTHS.tenantId),
  TagKey: stringOf(LENGTHS.tagKey),
  TagValue: stringOf(LENGTHS.tagValue),
  MaxResults: { type: "integer", minimum: LENGTHS.maxResults.min, maximum: LENGTHS.maxResults.max },
  /**
   * The SDK's RFC 3339 pattern (the syntax it parses), plus ajv-formats' date-time for the calendar and clock
   * ranges the SDK also enforces after matching (month 13 or February 30 make it throw as well).
   */
  DateTime: { type: "string", pattern: RFC3339_PATTERN, format: "date-time" },
  Schema: enumOf(ENUMS.schema),
  Format: enumOf(ENUMS.format),
  IngestionType: enumOf(ENUMS.ingestionType),
  IngestionState: enumOf(ENUMS.ingestionState),
  IngestionDestinationStatus: enumOf(ENUMS.destinationStatus),
  ValidationExceptionReason: enumOf(ENUMS.validationReason),
} as const satisfies Record<string, JsonSchema>;
