import fc from "fast-check";
import { labelsOf, OPERATIONS } from "../../contracts/operationCatalogue.ts";
import { INPUT_SCHEMAS } from "../../contracts/schemas/inputs.ts";
import { createDestinationInput } from "../../generators/createDestinationInput.ts";
import { destinationConfiguration } from "../../generators/destinationConfiguration.ts";
import { invalidCase } from "../../generators/invalidCase.ts";
import type { JsonSchema } from "../../generators/jsonSchema.ts";
import { updateDestinationInput } from "../../generators/updateDestinationInput.ts";
import { PLACEHOLDER_DESTINATION } from "../placeholderDestination.ts";
import type { PropertyContext } from "../PropertyContext.ts";
import type { CommandSpec, Selector } from "./commandSpec.ts";
import { PROBE_CHANGES, PROBED_OPERATIONS } from "./probeChanges.ts";

const selector: fc.Arbitrary<Selector> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ pick: fc.nat(), form: fc.constantFrom("arn" as const, "uuid" as const) }, { noNullPrototype: true }) },
  { weight: 1, arbitrary: fc.uuid({ version: 4 }).map((never) => ({ never })) },
);

/**
 * Keys tag and untag commands share, so an untag often names keys the resource carries and a tag overwrites
 * them (tags of every length come with the creates).
 */
const SHARED_TAG_KEYS = ["k0", "k1", "k2"] as const;

const sharedKeyTags = fc.uniqueArray(fc.record({ key: fc.constantFrom(...SHARED_TAG_KEYS), value: fc.string({ maxLength: 8 }) }, { noNullPrototype: true }),
  { minLength: 1, maxLength: 3, selector: (tag) => tag.key });

/** Arbitraries of every command kind, weighted so that creates fill the ingestion up to its quota. */
export function commandSpecArbitraries(ctx: PropertyContext): fc.Arbitrary<CommandSpec>[] {
  const options = { ...ctx.parents, sandbox: ctx.sandbox, reservedTags: ctx.harnessTags.length + 1 };
  const create = createDestinationInput(options);
  const config = destinationConfiguration(options);
  const invalidCreate = invalidCase(create, INPUT_SCHEMAS.CreateIngestionDestination as JsonSchema, { labels: labelsOf(OPERATIONS.CreateIngestionDestination) });
  const invalidUpdate = invalidCase(updateDestinationInput({ ...options, destination: PLACEHOLDER_DESTINATION }),
    INPUT_SCHEMAS.UpdateIngestionDestination as JsonSchema, { labels: labelsOf(OPERATIONS.UpdateIngestionDestination) });
  const spec = <T extends CommandSpec>(arb: fc.Arbitrary<T>): fc.Arbitrary<CommandSpec> => arb;
  const record = <T>(shape: { [K in keyof T]: fc.Arbitrary<T[K]> }) => fc.record(shape, { noNullPrototype: true });
  return [
    spec(create.map((input) => ({ op: "create" as const, input }))),
    spec(create.map((input) => ({ op: "create" as const, input }))),
    spec(create.map(({ clientToken: _, ...input }) => ({ op: "fillToQuota" as const, input }))),
    spec(fc.constant({ op: "retryCreate" as const })),
    spec(config.map((destinationConfiguration) => ({ op: "tokenMismatch" as const, destinationConfiguration }))),
    spec(invalidCreate.map((label) => ({ op: "createInvalid" as const, label }))),
    spec(record({ input: create, ingestion: fc.uuid({ version: 4 }) }).map((r) => ({ op: "createUnderMissingIngestion" as const, ...r }))),
    spec(record({ target: selector, destinationConfiguration: config }).map((r) => ({ op: "update" as const, ...r }))),
    spec(record({ target: selector, label: invalidUpdate }).map((r) => ({ op: "updateInvalid" as const, ...r }))),
    spec(selector.map((target) => ({ op: "get" as const, target }))),
    spec(fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }).map((maxResults) => (maxResults === undefined ? { op: "list" as const } : { op: "list" as const, maxResults }))),
    spec(selector.map((target) => ({ op: "delete" as const, target }))),
    spec(record({ target: selector, tags: sharedKeyTags }).map((r) => ({ op: "tag" as const, ...r }))),
    spec(record({ target: selector, tagKeys: fc.array(fc.constantFrom(...SHARED_TAG_KEYS, "absent-key"), { maxLength: 3 }), known: fc.integer({ min: 0, max: 2 }) })
      .map((r) => ({ op: "untag" as const, ...r }))),
    spec(selector.map((target) => ({ op: "listTags" as const, target }))),
    spec(fc.uuid({ version: 4 }).map((ingestion) => ({ op: "listMissing" as const, ingestion }))),
    spec(record({ operation: fc.constantFrom(...PROBED_OPERATIONS), target: selector })
      .map((r) => ({ op: "invalid" as const, ...r, change: PROBE_CHANGES[r.operation] }))),
  ];
}
