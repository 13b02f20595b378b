import { LENGTHS, UNIONS } from "../constraints.ts";
import { listOf, structure, union, type Direction, type JsonSchema } from "./combinators.ts";
import { SCALARS } from "./scalars.ts";

/** The structures, lists and unions found on both sides of the wire, closed for inputs and open for outputs. */
export interface Shapes {
  readonly Tag: JsonSchema;
  readonly TagList: JsonSchema;
  readonly TagKeyList: JsonSchema;
  readonly AuditLogProcessingConfiguration: JsonSchema;
  readonly ProcessingConfiguration: JsonSchema;
  readonly S3Bucket: JsonSchema;
  readonly FirehoseStream: JsonSchema;
  readonly Destination: JsonSchema;
  readonly AuditLogDestinationConfiguration: JsonSchema;
  readonly DestinationConfiguration: JsonSchema;
}

export function shapes(direction: Direction): Shapes {
  const Tag = structure(direction, { key: SCALARS.TagKey, value: SCALARS.TagValue }, ["key", "value"]);
  const AuditLogProcessingConfiguration = structure(direction,
    { schema: SCALARS.Schema, format: SCALARS.Format }, ["schema", "format"]);
  const S3Bucket = structure(direction,
    { bucketName: SCALARS.String63, prefix: SCALARS.String120 }, ["bucketName"]);
  const FirehoseStream = structure(direction, { streamName: SCALARS.String64 }, ["streamName"]);
  const Destination = union(direction, UNIONS.Destination, { s3Bucket: S3Bucket, firehoseStream: FirehoseStream });
  const AuditLogDestinationConfiguration = structure(direction, { destination: Destination }, ["destination"]);
  return {
    Tag,
    TagList: listOf(Tag, LENGTHS.tagList),
    TagKeyList: listOf(SCALARS.TagKey, LENGTHS.tagKeyList),
    AuditLogProcessingConfiguration,
    ProcessingConfiguration: union(direction, UNIONS.ProcessingConfiguration,
      { auditLog: AuditLogProcessingConfiguration }),
    S3Bucket,
    FirehoseStream,
    Destination,
    AuditLogDestinationConfiguration,
    DestinationConfiguration: union(direction, UNIONS.DestinationConfiguration,
      { auditLog: AuditLogDestinationConfiguration }),
  };
}
