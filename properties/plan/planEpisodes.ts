import { labelsOf, OPERATIONS } from "../../contracts/operationCatalogue.ts";
import { NEVER_CREATED_ID } from "../neverCreatedId.ts";
import { INPUT_SCHEMAS } from "../../contracts/schemas/inputs.ts";
import type { InvalidCase } from "../../generators/defect.ts";
import type { JsonSchema } from "../../generators/jsonSchema.ts";
import { schemaDefects } from "../../generators/schemaDefects.ts";
import { PLACEHOLDER_DESTINATION } from "../placeholderDestination.ts";
import type { CommandSpec, Selector } from "../stateful/commandSpec.ts";
import { PROBE_CHANGES, PROBED_OPERATIONS } from "../stateful/probeChanges.ts";
import { TAGS_BEYOND_AWS_RULES } from "./characterValues.ts";
import type { PlanInputs } from "./planInputs.ts";

/**
 * A short stateful sequence of the plan: it sets up what it needs, covers its classes, and cleans up. Episodes of
 * the first tier walk the lifecycle and send one defect of each kind, so most kinds of bug show within a few
 * dozen requests; the second tier sends every other defect at every member.
 */
export interface PlanEpisode {
  readonly name: string;
  readonly tier: 1 | 2;
  readonly commands: readonly CommandSpec[];
}

/** Defects sent one episode at a time: short episodes keep a budget-cut plan even. */
const DEFECTS_PER_EPISODE = 12;

/** One defect of each kind first; the rest after. */
function firstOfEachKind(labels: readonly InvalidCase[]): { readonly first: InvalidCase[]; readonly rest: InvalidCase[] } {
  const byKind = new Map<string, InvalidCase>();
  for (const label of labels) if (!byKind.has(label.defect.kind)) byKind.set(label.defect.kind, label);
  const first = [...byKind.values()];
  return { first, rest: labels.filter((l) => !first.includes(l)) };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

const CREATE = "CreateIngestionDestination" as const;
const UPDATE = "UpdateIngestionDestination" as const;
const first: Selector = { pick: 0, form: "arn" };
const firstByUuid: Selector = { pick: 0, form: "uuid" };

/**
 * Every single defect the input shape implies for these valid inputs, each once by kind and member (the items of
 * a list count once: the first stands for them all).
 */
function defects(operation: typeof CREATE | typeof UPDATE, inputs: readonly Readonly<Record<string, unknown>>[]): InvalidCase[] {
  const seen = new Set<string>();
  const cases: InvalidCase[] = [];
  for (const input of inputs) {
    for (const m of schemaDefects(INPUT_SCHEMAS[operation] as JsonSchema, input, { labels: labelsOf(OPERATIONS[operation]) })) {
      // An SDK client sends only the members its model knows: no service ever sees an unknown one.
      if (m.defect.kind === "unknownMember") continue;
      const key = `${m.defect.kind}:${m.defect.field.replace(/\.\d+(?=\.|$)/g, ".*")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      cases.push({ input: m.apply(input) as Readonly<Record<string, unknown>>, defect: m.defect,
        expected: { name: "ValidationException", reason: "fieldValidationFailed", field: m.defect.field } });
    }
  }
  return cases;
}

/** The defects of Create and Update the plan sends: every one its reference inputs imply. */
export function planDefects({ creates, configs }: PlanInputs): { readonly create: InvalidCase[]; readonly update: InvalidCase[] } {
  const updateBase = { appBundleIdentifier: creates.plain.appBundleIdentifier, ingestionIdentifier: creates.plain.ingestionIdentifier };
  const updateInputs = [configs.s3Maxima, configs.firehoseMax].map((destinationConfiguration) =>
    ({ ...updateBase, ingestionDestinationIdentifier: PLACEHOLDER_DESTINATION.arn, destinationConfiguration }));
  return { create: defects(CREATE, [creates.maxima, creates.firehoseMax]), update: defects(UPDATE, updateInputs) };
}

/** The free members one character over their maxima, in characters outside the BMP: the invalid character classes. */
const OVER_MAXIMA = /^(destinationConfiguration\.auditLog\.destination\.s3Bucket\.prefix|tags\.0\.key|tags\.0\.value)$/;

function overMaxima({ creates }: PlanInputs): InvalidCase[] {
  return defects(CREATE, [creates.characters]).filter((c) => c.defect.kind === "tooLong" && OVER_MAXIMA.test(c.defect.field));
}

/**
 * The plan's episodes, in a fixed order (the run orders them by its seed). Together they cover every class of
 * the plan: the valid inputs pack the branches, bounds and forms; the lifecycle walks every transition and
 * provokes every documented error a client can; every defect of Create and Update is sent once;
 * the characters episode sends every character class of the prefix and the tags.
 */
export function planEpisodes(inputs: PlanInputs): PlanEpisode[] {
  const { creates, configs } = inputs;
  const update = (target: Selector, destinationConfiguration: unknown, parentsByUuid = false): CommandSpec =>
    ({ op: "update", target, destinationConfiguration: destinationConfiguration as never, ...(parentsByUuid ? { parentsByUuid } : {}) });
  const planned = planDefects(inputs);
  const createDefects = firstOfEachKind(planned.create), updateDefects = firstOfEachKind(planned.update);
  const createInvalid = (labels: readonly InvalidCase[]) => labels.map((label): CommandSpec => ({ op: "createInvalid", label }));
  // Update defects need a destination to update: each of their episodes makes one.
  const updateInvalid = (labels: readonly InvalidCase[]): CommandSpec[] =>
    [{ op: "create", input: creates.plain }, ...labels.map((label): CommandSpec => ({ op: "updateInvalid", target: first, label }))];
  return [
    { name: "maxima, idempotency and deletion", tier: 1, commands: [
      { op: "create", input: creates.maxima }, { op: "retryCreate" }, { op: "tokenMismatch", destinationConfiguration: configs.firehoseMin },
      { op: "get", target: first }, { op: "listTags", target: first },
      // Fifty tags already: an untag of one of them first makes room for the tag after it.
      { op: "untag", target: first, tagKeys: ["plan-0"] }, { op: "tag", target: first, tags: [{ key: "k0", value: "v" }] },
      update(firstByUuid, configs.firehoseMax), { op: "get", target: firstByUuid },
      { op: "delete", target: first }, { op: "list" }, { op: "delete", target: first }, { op: "get", target: first }, update(first, configs.s3Minima),
      { op: "tag", target: first, tags: [{ key: "k1", value: "v" }] }, { op: "untag", target: first, tagKeys: ["k1"] }, { op: "listTags", target: first },
    ] },
    { name: "minima and updates", tier: 1, commands: [
      { op: "create", input: creates.minima },
      update(first, configs.s3Minima), update(first, configs.s3MaxNoPrefix, true), update(firstByUuid, configs.s3MaxPrefix), update(first, configs.firehoseMin),
    ] },
    { name: "quota edge and pages", tier: 1, commands: [
      { op: "create", input: creates.plain }, { op: "create", input: creates.noPrefix },
      { op: "fillToQuota", input: creates.firehoseMax }, { op: "list", maxResults: 2 }, { op: "list" },
    ] },
    { name: "missing resources and invalid probes", tier: 1, commands: [
      { op: "createUnderMissingIngestion", input: creates.noPrefix, ingestion: NEVER_CREATED_ID }, { op: "listMissing", ingestion: NEVER_CREATED_ID },
      { op: "get", target: { never: NEVER_CREATED_ID } }, { op: "delete", target: { never: NEVER_CREATED_ID } },
      { op: "create", input: creates.noPrefix },
      ...PROBED_OPERATIONS.map((operation): CommandSpec => ({ op: "invalid", operation, target: first, change: PROBE_CHANGES[operation] })),
    ] },
    { name: "characters", tier: 1, commands: [
      // Every class within AWS's tagging rules on the create, those beyond on a TagResource and an untag of their own.
      { op: "create", input: creates.characters }, { op: "listTags", target: first },
      { op: "tag", target: first, tags: TAGS_BEYOND_AWS_RULES }, { op: "untag", target: first, tagKeys: TAGS_BEYOND_AWS_RULES.map((t) => t.key) },
      update(first, configs.s3AstralMax), update(firstByUuid, configs.s3AstralMin), { op: "get", target: first },
      ...createInvalid(overMaxima(inputs)),
    ] },
    { name: "a defect of each kind", tier: 1, commands: [...createInvalid(createDefects.first), ...updateInvalid(updateDefects.first)] },
    ...chunks(createDefects.rest, DEFECTS_PER_EPISODE).map((labels, i): PlanEpisode => ({ name: `defects of Create, part ${i + 1}`, tier: 2, commands: createInvalid(labels) })),
    ...chunks(updateDefects.rest, DEFECTS_PER_EPISODE).map((labels, i): PlanEpisode => ({ name: `defects of Update, part ${i + 1}`, tier: 2, commands: updateInvalid(labels) })),
  ];
}
