import { OPERATION_NAMES, OPERATIONS, labelsOf, type OperationName } from "../operationCatalogue.ts";
import { pickMembers, structure, type JsonSchema, type JsonSchemaObject } from "./combinators.ts";
import { SCALARS } from "./scalars.ts";
import { shapes } from "./shapes.ts";

const IN = shapes("input");

/** Input members by name: every operation gives a member name the same shape, except OVERRIDES. */
const MEMBERS: Readonly<Record<string, JsonSchema>> = {
  appBundleIdentifier: SCALARS.Identifier,
  ingestionIdentifier: SCALARS.Identifier,
  ingestionDestinationIdentifier: SCALARS.Identifier,
  customerManagedKeyIdentifier: SCALARS.Identifier,
  resourceArn: SCALARS.Arn,
  clientToken: SCALARS.UUID,
  tags: IN.TagList,
  tagKeys: IN.TagKeyList,
  app: SCALARS.String255,
  tenantId: SCALARS.TenantIdentifier,
  ingestionType: SCALARS.IngestionType,
  processingConfiguration: IN.ProcessingConfiguration,
  destinationConfiguration: IN.DestinationConfiguration,
  maxResults: SCALARS.MaxResults,
  /** ListIngestions and ListIngestionDestinations take an unconstrained String (the API model's input shapes). */
  nextToken: SCALARS.String,
};

const OVERRIDES: Partial<Record<OperationName, Readonly<Record<string, JsonSchema>>>> = {
  ListAppBundles: { nextToken: SCALARS.String2048 },
};

/** Required members besides the labels, which are always required (the API model's input shapes). */
const REQUIRED: Partial<Record<OperationName, readonly string[]>> = {
  CreateIngestion: ["app", "tenantId", "ingestionType"],
  CreateIngestionDestination: ["processingConfiguration", "destinationConfiguration"],
  UpdateIngestionDestination: ["destinationConfiguration"],
  TagResource: ["tags"],
  UntagResource: ["tagKeys"],
};

function inputSchema(name: OperationName): JsonSchemaObject {
  const spec = OPERATIONS[name];
  const labels = labelsOf(spec);
  const members = [...labels, ...Object.keys(spec.query), ...spec.body];
  const table = { ...MEMBERS, ...OVERRIDES[name] };
  return structure("input", pickMembers(members, table, `${name} input`), [...labels, ...(REQUIRED[name] ?? [])]);
}

/**
 * Input schemas in the SDK input form: labels, query and body members side by side, as a command takes them.
 * Closed: a member the operation does not model is a defect.
 */
export const INPUT_SCHEMAS = Object.fromEntries(
  OPERATION_NAMES.map((name) => [name, inputSchema(name)]),
) as Readonly<Record<OperationName, JsonSchemaObject>>;
