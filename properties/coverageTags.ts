import { ENUMS, LENGTHS, type LengthRange } from "../contracts/constraints.ts";
import { DEFECT_KINDS } from "../generators/defect.ts";

function bound(name: string, value: unknown, range: LengthRange): string[] {
  if (typeof value !== "string") return [];
  if (value.length === range.min) return [`bound:${name}:min`];
  if (value.length === range.max) return [`bound:${name}:max`];
  return [];
}

function idForm(name: string, value: unknown): string[] {
  if (typeof value !== "string") return [];
  return [`id:${name}:${value.startsWith("arn:") ? "arn" : "uuid"}`];
}

/** Which parts of the input space a Create or Update input exercises: union branches, bounds, id forms. */
export function coverageTags(input: Readonly<Record<string, unknown>>): string[] {
  const tags: string[] = [];
  const processing = (input.processingConfiguration as { auditLog?: { schema?: string; format?: string } } | undefined)?.auditLog;
  if (processing) tags.push(`schema:${processing.schema}`, `format:${processing.format}`);
  const destination = (input.destinationConfiguration as { auditLog?: { destination?: Record<string, Record<string, unknown>> } } | undefined)
    ?.auditLog?.destination;
  if (destination?.s3Bucket) {
    const { bucketName, prefix } = destination.s3Bucket;
    tags.push("branch:s3Bucket", `prefix:${prefix === undefined ? "absent" : "present"}`,
      ...bound("bucketName", bucketName, LENGTHS.bucketName), ...bound("prefix", prefix, LENGTHS.prefix));
  }
  if (destination?.firehoseStream) {
    tags.push("branch:firehoseStream", ...bound("streamName", destination.firehoseStream.streamName, LENGTHS.streamName));
  }
  if ("clientToken" in input) tags.push("clientToken:present");
  if (Array.isArray(input.tags)) tags.push(`tags:${input.tags.length === LENGTHS.tagList.max ? "max" : input.tags.length === 0 ? "empty" : "some"}`);
  tags.push(...idForm("appBundle", input.appBundleIdentifier), ...idForm("ingestion", input.ingestionIdentifier));
  if ("ingestionDestinationIdentifier" in input) tags.push(...idForm("destination", input.ingestionDestinationIdentifier));
  return tags;
}

/** Every tag `coverageTags` and the invalid-case properties can produce, so reports can show those never generated. */
export const ALL_COVERAGE_TAGS: readonly string[] = [
  ...ENUMS.schema.map((v) => `schema:${v}`), ...ENUMS.format.map((v) => `format:${v}`),
  "branch:s3Bucket", "branch:firehoseStream", "prefix:present", "prefix:absent",
  ...["bucketName", "prefix", "streamName"].flatMap((name) => [`bound:${name}:min`, `bound:${name}:max`]),
  "clientToken:present", "tags:empty", "tags:some", "tags:max",
  ...["appBundle", "ingestion", "destination"].flatMap((name) => [`id:${name}:arn`, `id:${name}:uuid`]),
  ...DEFECT_KINDS.filter((kind) => kind !== "belowMinimum" && kind !== "aboveMaximum").map((kind) => `defect:${kind}`),
];
