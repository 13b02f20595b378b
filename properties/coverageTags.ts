import { ENUMS, LENGTHS, type LengthRange } from "../contracts/constraints.ts";
import { scalarLength } from "../contracts/scalarLength.ts";
import { characterClassesOf, classesFor, type CharacterClass } from "../generators/characterClass.ts";
import { DEFECT_KINDS, type Defect } from "../generators/defect.ts";

/** The lifecycle transitions the coverage plan walks through, each a coverage tag `transition:NAME`. */
export const TRANSITIONS = [
  "create", "retry-same-token", "token-other-parameters", "update", "update-switch-branch", "update-add-prefix", "update-remove-prefix",
  "get", "list-walk", "delete", "delete-again", "quota-edge", "missing-parent", "tag", "untag",
] as const;
export type Transition = (typeof TRANSITIONS)[number];

export const transition = (name: Transition): string => `transition:${name}`;

/** Marks a tag whose request, or whose defect, never reached the service. */
export const UNSENT = "unsent:";

/** A call made to draw this documented error: when it is answered otherwise, the plan can say so. */
export const provoke = (errorName: string): string => `provoke:${errorName}`;

/** A planted defect: its kind, and its kind at its member (the plan's class). */
export const defectTags = (defect: Defect): string[] => [`defect:${defect.kind}`, `defect:${defect.kind}:${defect.field}`];

function bound(name: string, value: unknown, range: LengthRange): string[] {
  if (typeof value !== "string") return [];
  const length = scalarLength(value);
  if (length === range.min) return [`bound:${name}:min`];
  if (length === range.max) return [`bound:${name}:max`];
  return [];
}

function idForm(name: string, value: unknown): string[] {
  if (typeof value !== "string") return [];
  return [`id:${name}:${value.startsWith("arn:") ? "arn" : "uuid"}`];
}

/** The string members without a pattern, by the name their character classes go by, with their lengths. */
export const FREE_MEMBERS = { prefix: LENGTHS.prefix, tagKey: LENGTHS.tagKey, tagValue: LENGTHS.tagValue } as const;
export type FreeMember = keyof typeof FREE_MEMBERS;

/** The coverage tag of a character class at a free member: `chars:prefix:astral`. */
export const charsTag = (member: FreeMember, cls: CharacterClass): string => `chars:${member}:${cls}`;

function chars(member: FreeMember, value: unknown): string[] {
  return typeof value === "string" ? characterClassesOf(value, FREE_MEMBERS[member]).map((cls) => charsTag(member, cls)) : [];
}

/** The tag counts the contract singles out: none, one, the documented maximum; anything else is "some". */
function tagCount(tags: readonly unknown[]): string {
  return tags.length === 0 || tags.length === 1 || tags.length === LENGTHS.tagList.max ? `tags:${tags.length}` : "tags:some";
}

/**
 * Which parts of the input space an input exercises: union branches, bounds, optional members, tag counts,
 * identifier forms, the character classes of the prefix and of every tag key and value (of a create or a
 * TagResource). Taken from what reached the service, so a member a client dropped is not counted.
 */
export function coverageTags(operation: string, input: Readonly<Record<string, unknown>>): string[] {
  const tags: string[] = [];
  const isCreate = operation === "CreateIngestionDestination";
  const processing = (input.processingConfiguration as { auditLog?: { schema?: string; format?: string } } | undefined)?.auditLog;
  if (processing) tags.push(`schema:${processing.schema}`, `format:${processing.format}`);
  const destination = (input.destinationConfiguration as { auditLog?: { destination?: Record<string, Record<string, unknown>> } } | undefined)
    ?.auditLog?.destination;
  if (destination?.s3Bucket) {
    const { bucketName, prefix } = destination.s3Bucket;
    tags.push("branch:s3Bucket", `prefix:${prefix === undefined ? "absent" : "present"}`,
      ...bound("bucketName", bucketName, LENGTHS.bucketName), ...bound("prefix", prefix, LENGTHS.prefix), ...chars("prefix", prefix));
  }
  if (destination?.firehoseStream) {
    tags.push("branch:firehoseStream", ...bound("streamName", destination.firehoseStream.streamName, LENGTHS.streamName));
  }
  if (isCreate) tags.push(`clientToken:${"clientToken" in input ? "present" : "absent"}`);
  if (isCreate && Array.isArray(input.tags)) tags.push(tagCount(input.tags));
  if (Array.isArray(input.tags)) {
    const classes = new Set((input.tags as { key?: unknown; value?: unknown }[]).flatMap((t) => [...chars("tagKey", t?.key), ...chars("tagValue", t?.value)]));
    tags.push(...classes);
  }
  tags.push(...idForm("appBundle", input.appBundleIdentifier), ...idForm("ingestion", input.ingestionIdentifier));
  if ("ingestionDestinationIdentifier" in input) tags.push(...idForm("destination", input.ingestionDestinationIdentifier));
  return tags;
}

/** Every tag `coverageTags` and the invalid-case properties can produce, so reports can show those never generated. */
export const ALL_COVERAGE_TAGS: readonly string[] = [
  ...ENUMS.schema.map((v) => `schema:${v}`), ...ENUMS.format.map((v) => `format:${v}`),
  "branch:s3Bucket", "branch:firehoseStream", "prefix:present", "prefix:absent",
  ...["bucketName", "prefix", "streamName"].flatMap((name) => [`bound:${name}:min`, `bound:${name}:max`]),
  "clientToken:present", "clientToken:absent", "tags:0", "tags:1", "tags:some", "tags:50",
  ...["appBundle", "ingestion", "destination"].flatMap((name) => [`id:${name}:arn`, `id:${name}:uuid`]),
  ...DEFECT_KINDS.filter((kind) => kind !== "belowMinimum" && kind !== "aboveMaximum").map((kind) => `defect:${kind}`),
  ...(Object.keys(FREE_MEMBERS) as FreeMember[]).flatMap((member) => classesFor(FREE_MEMBERS[member]).map((cls) => charsTag(member, cls))),
];
