import { LENGTHS } from "../../contracts/constraints.ts";
import type { CreateDestinationInput } from "../../generators/createDestinationInput.ts";
import type { DestinationConfiguration, SandboxDestinations } from "../../generators/destinationConfiguration.ts";
import type { Parents } from "../PropertyContext.ts";
import { astral, PREFIX_OF_EVERY_CLASS, TAGS_WITHIN_AWS_RULES } from "./characterValues.ts";

export interface PlanInputOptions {
  readonly parents: Parents;
  readonly sandbox?: SandboxDestinations;
  /** Tags the harness adds to every create (the run id): a list of 50 leaves room for them. */
  readonly reservedTags: number;
  /** Fresh per run, so a later run's tokens never meet an earlier run's destinations. */
  readonly tokens: readonly string[];
}

/** A name of exactly `length` characters from the characters every target accepts. */
const named = (stem: string, length: number): string => stem.padEnd(length, "0123456789abcdefghijklmnopqrstuvwxyz-").slice(0, length).padEnd(length, "x");

/**
 * The valid inputs the coverage plan sends, each packing as many classes as one request can carry: every
 * branch, every length at both bounds, the prefix present and absent, tags at 0, 1 and 50, the clientToken
 * present and absent, identifiers by ARN and by UUID, the character classes of the prefix and the tags. A
 * sandbox's buckets and streams keep their own names: the characters reach it through the prefix and the tags.
 */
export function planInputs(options: PlanInputOptions) {
  const { parents, sandbox } = options;
  const bucket = (length: number) => sandbox?.s3Buckets[0] ?? named("plan-bucket-", length);
  const stream = (length: number) => sandbox?.firehoseStreams[0] ?? named("plan-stream-", length);
  const s3 = (bucketName: string, prefix?: string): DestinationConfiguration =>
    ({ auditLog: { destination: { s3Bucket: prefix === undefined ? { bucketName } : { bucketName, prefix } } } });
  const firehose = (streamName: string): DestinationConfiguration => ({ auditLog: { destination: { firehoseStream: { streamName } } } });
  const tags = (count: number) => Array.from({ length: Math.max(0, count - options.reservedTags) }, (_, i) => ({ key: `plan-${i}`, value: `v${i}` }));
  const byArn = { appBundleIdentifier: parents.appBundle.arn, ingestionIdentifier: parents.ingestion.arn };
  const byUuid = { appBundleIdentifier: parents.appBundle.id, ingestionIdentifier: parents.ingestion.id };
  const [first, second] = options.tokens;
  const configs = {
    s3Maxima: s3(bucket(LENGTHS.bucketName.max), named("plan/prefix/", LENGTHS.prefix.max)),
    s3Minima: s3(bucket(LENGTHS.bucketName.min), "p"),
    s3MaxNoPrefix: s3(bucket(LENGTHS.bucketName.max)),
    s3MinNoPrefix: s3(bucket(LENGTHS.bucketName.min)),
    s3MaxPrefix: s3(bucket(LENGTHS.bucketName.min), named("plan/prefix/", LENGTHS.prefix.max)),
    firehoseMax: firehose(stream(LENGTHS.streamName.max)),
    firehoseMin: firehose(stream(LENGTHS.streamName.min)),
    s3Characters: s3(bucket(LENGTHS.bucketName.min), PREFIX_OF_EVERY_CLASS),
    s3AstralMax: s3(bucket(LENGTHS.bucketName.min), astral(LENGTHS.prefix.max)),
    s3AstralMin: s3(bucket(LENGTHS.bucketName.min), astral(LENGTHS.prefix.min)),
  };
  const create = (ids: typeof byArn, schema: string, format: string, destinationConfiguration: DestinationConfiguration,
    tagCount: number, clientToken?: string): CreateDestinationInput => ({
    ...ids, processingConfiguration: { auditLog: { schema, format } }, destinationConfiguration,
    ...(clientToken === undefined ? {} : { clientToken }), tags: tags(tagCount),
  });
  return {
    configs,
    creates: {
      maxima: create(byArn, "ocsf", "parquet", configs.s3Maxima, LENGTHS.tagList.max, first),
      minima: create(byUuid, "raw", "json", configs.firehoseMin, 1),
      plain: create(byArn, "ocsf", "json", configs.s3Minima, 0, second),
      noPrefix: create(byUuid, "ocsf", "json", configs.s3MinNoPrefix, 1),
      firehoseMax: create(byArn, "ocsf", "json", configs.firehoseMax, 1),
      characters: { ...create(byArn, "ocsf", "json", configs.s3Characters, 0), tags: [...TAGS_WITHIN_AWS_RULES] },
    },
  };
}

export type PlanInputs = ReturnType<typeof planInputs>;
