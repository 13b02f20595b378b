import { tagsMember, textListMember } from "./inputMembers.ts";
import type { KnownRuleId } from "./rules.ts";
import type { ModelInput } from "./types.ts";

/** AWS's general tagging rules: letters, numbers and spaces representable in UTF-8, and _ . : / = + - @. */
const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

/** Whether a tag key or value keeps to the characters AWS's general tagging rules allow. */
export function withinAwsTagRules(text: string): boolean {
  return TAG_CHARACTERS.test(text);
}

/** S3's general purpose bucket naming rules, past the length (which AppFabric's model states too). */
function withinS3BucketRules(name: string): boolean {
  return /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/.test(name) && !name.includes("..") && !/^\d+\.\d+\.\d+\.\d+$/.test(name)
    && !/^(?:xn--|sthree-|amzn-s3-demo-)/.test(name) && !/(?:-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(name);
}

/** Firehose's DeliveryStreamName pattern. */
const FIREHOSE_STREAM_NAME = /^[a-zA-Z0-9_.-]+$/;

type Destination = { readonly s3Bucket?: { readonly bucketName?: unknown }; readonly firehoseStream?: { readonly streamName?: unknown } };

/**
 * The documented AWS rules outside AppFabric's model that the input's values break (AWS's general tagging rules,
 * S3's bucket naming rules, Firehose's stream name pattern), with the model's assumption that AppFabric accepts
 * such values anyway, as its own model allows them; none when every value keeps to them. Whether the service
 * accepts them is then an assumption, and its refusal an observation.
 */
export function brokenAwsRules(input: ModelInput): KnownRuleId[] {
  const broken: KnownRuleId[] = [];
  const tagTexts = [...tagsMember(input, "tags").flatMap((t) => [t.key, t.value]), ...textListMember(input, "tagKeys")];
  if (!tagTexts.every(withinAwsTagRules)) broken.push("tags.characters");
  const destination = (input["destinationConfiguration"] as { auditLog?: { destination?: Destination } } | undefined)?.auditLog?.destination;
  const bucketName = destination?.s3Bucket?.bucketName, streamName = destination?.firehoseStream?.streamName;
  if (typeof bucketName === "string" && !withinS3BucketRules(bucketName)) broken.push("destination.bucketName.naming");
  if (typeof streamName === "string" && !FIREHOSE_STREAM_NAME.test(streamName)) broken.push("destination.streamName.naming");
  return broken.length === 0 ? [] : [...broken, "input.beyondAwsRules"];
}
