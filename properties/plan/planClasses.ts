import type { CoverageClass } from "../../events/runEvent.ts";
import type { InvalidCase } from "../../generators/defect.ts";
import { CHARACTER_CLASSES, classesFor } from "../../generators/characterClass.ts";
import { charsTag, FREE_MEMBERS, TRANSITIONS, type FreeMember } from "../coverageTags.ts";

const CREATE = "CreateIngestionDestination";
const UPDATE = "UpdateIngestionDestination";

const BOUNDS = ["bucketName", "prefix", "streamName"].flatMap((member) => [`bound:${member}:min`, `bound:${member}:max`]);
const DESTINATION_FORMS = ["branch:s3Bucket", "branch:firehoseStream", ...BOUNDS, "prefix:present", "prefix:absent"];
const PARENT_IDS = ["appBundle", "ingestion"].flatMap((name) => [`id:${name}:arn`, `id:${name}:uuid`]);

/** Valid input classes: what one request can carry, so the plan packs several into each. */
const VALID: Readonly<Record<string, readonly string[]>> = {
  [CREATE]: [...DESTINATION_FORMS, "schema:ocsf", "schema:raw", "format:json", "format:parquet",
    "tags:0", "tags:1", "tags:50", ...PARENT_IDS],
  [UPDATE]: [...DESTINATION_FORMS, ...PARENT_IDS, "id:destination:arn", "id:destination:uuid"],
};

/**
 * The documented errors a client can provoke, per operation. Left out: AccessDeniedException (it takes other
 * credentials), ThrottlingException and InternalServerException (the service's to send), and Update's
 * ConflictException and ServiceQuotaExceededException (nothing documents what triggers them).
 */
const PROVOKABLE: Readonly<Record<string, readonly string[]>> = {
  [CREATE]: ["ValidationException", "ConflictException", "ServiceQuotaExceededException"],
  [UPDATE]: ["ValidationException", "ResourceNotFoundException"],
  ...Object.fromEntries(["GetIngestionDestination", "DeleteIngestionDestination", "ListIngestionDestinations", "TagResource", "UntagResource", "ListTagsForResource"]
    .map((operation) => [operation, ["ValidationException", "ResourceNotFoundException"]])),
};

/**
 * The character classes of every string member without a pattern (the prefix, tag keys, tag values), on any
 * operation that carries it: valid but for the one over the maximum, which is a defect.
 */
const MEMBER_NAMES: Readonly<Record<FreeMember, string>> = { prefix: "prefix", tagKey: "tag key", tagValue: "tag value" };

function characterClasses(): CoverageClass[] {
  return (Object.keys(FREE_MEMBERS) as FreeMember[]).flatMap((member) => classesFor(FREE_MEMBERS[member]).map((cls): CoverageClass => ({
    id: charsTag(member, cls), description: `a ${MEMBER_NAMES[member]} with ${CHARACTER_CLASSES[cls]}`, tag: charsTag(member, cls),
    ...(cls === "astral-over-max" ? {} : { valid: true }),
  })));
}

/** A list of 51 tags is the defect past the documented 50. */
const describeDefect = (label: InvalidCase) => label.defect.kind === "tooManyItems" && label.defect.field === "tags" ? "tags at 51" : label.defect.description;

/**
 * The coverage plan's classes: valid inputs of Create and Update (each branch, each member at its minimum and
 * maximum, the prefix present and absent, tags at 0, 1 and 50, identifiers by ARN and by UUID), the character
 * classes of the members without a pattern, each defect of each of their members, every documented error a
 * client can provoke, every lifecycle transition.
 */
export function planClasses(defects: { readonly create: readonly InvalidCase[]; readonly update: readonly InvalidCase[] }): CoverageClass[] {
  const valid = Object.entries(VALID).flatMap(([operation, tags]) =>
    tags.map((tag): CoverageClass => ({ id: `${operation} ${tag}`, description: `${operation} with ${tag}, otherwise valid`, operation, tag, valid: true })));
  const defective = ([[CREATE, defects.create], [UPDATE, defects.update]] as const).flatMap(([operation, labels]) =>
    labels.map((label): CoverageClass => {
      const tag = `defect:${label.defect.kind}:${label.defect.field}`;
      return { id: `${operation} ${tag}`, description: `${operation}: ${describeDefect(label)} at ${label.defect.field}`, operation, tag };
    }));
  const errors = Object.entries(PROVOKABLE).flatMap(([operation, names]) =>
    names.map((result): CoverageClass => ({ id: `${operation} ${result}`, description: `${operation} answered ${result}`, operation, result })));
  const transitions = TRANSITIONS.map((name): CoverageClass => ({ id: `transition:${name}`, description: `the ${name} transition`, tag: `transition:${name}` }));
  return [...valid, ...characterClasses(), ...defective, ...errors, ...transitions];
}
