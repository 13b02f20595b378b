import { ERROR_NAMES, ERRORS, type ErrorName } from "../contracts/errorCatalogue.ts";
import {
  LEFT_OUT_OPERATIONS, OPERATION_NAMES, OPERATIONS, labelsOf, type OperationName,
} from "../contracts/operationCatalogue.ts";
import type { JsonSchemaObject } from "../contracts/schemas/combinators.ts";
import { ERROR_SCHEMAS } from "../contracts/schemas/errors.ts";
import { INPUT_SCHEMAS } from "../contracts/schemas/inputs.ts";
import { OUTPUT_SCHEMAS } from "../contracts/schemas/outputs.ts";
import { isDateTime, isUnion, propertiesOf } from "../contracts/sdkFormOf.ts";
import type {
  ErrorFacts, Location, MemberFacts, OperationFacts, Range, ServiceFacts, ShapeFacts, StructureFacts,
} from "./ServiceFacts.ts";

function rangeOf(schema: JsonSchemaObject, min: string, max: string): { readonly range?: Range } {
  const low = schema[min], high = schema[max];
  if (typeof low !== "number" && typeof high !== "number") return {};
  return { range: { ...(typeof low === "number" ? { min: low } : {}), ...(typeof high === "number" ? { max: high } : {}) } };
}

type Binding = (member: string) => { readonly location: Location; readonly wireName: string };
const inBody: Binding = (member) => ({ location: "body", wireName: member });

/** What a JSON Schema of the contract enforces, read back as facts: the contract as the checks apply it. */
function schemaFacts(schema: JsonSchemaObject, bind: Binding = inBody, token?: string): ShapeFacts {
  if (schema.type === "object") {
    const required = new Set((schema.required ?? []) as readonly string[]);
    const members = Object.fromEntries(Object.entries(propertiesOf(schema)).map(([name, member]): [string, MemberFacts] => [name, {
      shape: schemaFacts(member), required: required.has(name), ...bind(name), idempotencyToken: name === token,
    }]));
    return { kind: isUnion(schema) ? "union" : "structure", members };
  }
  if (schema.type === "array") {
    const { range } = rangeOf(schema, "minItems", "maxItems");
    return { kind: "list", member: schemaFacts(schema.items as JsonSchemaObject), ...(range ? { length: range } : {}) };
  }
  if (schema.type === "integer") return { kind: "integer", ...rangeOf(schema, "minimum", "maximum") };
  if (schema.type !== "string") return { kind: "other", type: String(schema.type) };
  if (isDateTime(schema)) return { kind: "timestamp", format: "date-time" };
  const { range } = rangeOf(schema, "minLength", "maxLength");
  return {
    kind: "string", ...(range ? { length: range } : {}),
    ...(typeof schema.pattern === "string" ? { pattern: schema.pattern } : {}),
    ...(Array.isArray(schema.enum) ? { enum: schema.enum as readonly string[] } : {}),
  };
}

function structure(facts: ShapeFacts): StructureFacts {
  if (facts.kind !== "structure") throw new Error(`a contract schema of a ${facts.kind} where a structure belongs`);
  return facts;
}

function operationFacts(name: OperationName): OperationFacts {
  const spec = OPERATIONS[name];
  const labels = new Set(labelsOf(spec));
  const bind: Binding = (member) => (labels.has(member) ? { location: "label", wireName: member }
    : spec.query[member] !== undefined ? { location: "query", wireName: spec.query[member] } : inBody(member));
  return {
    method: spec.method, uri: spec.uri, successCode: spec.successStatus,
    input: structure(schemaFacts(INPUT_SCHEMAS[name], bind, spec.idempotencyToken)),
    output: structure(schemaFacts(OUTPUT_SCHEMAS[name])),
    errors: spec.errors, idempotent: spec.idempotent, readonly: spec.readonly,
    ...(spec.pageItems === undefined ? {} : { pageItems: spec.pageItems }),
  };
}

function errorFacts(name: ErrorName): ErrorFacts {
  const spec = ERRORS[name];
  const body = structure(schemaFacts(ERROR_SCHEMAS[name]));
  // Header members are no part of the body schema; sdkErrorMembersOf reads them as integers.
  const headers = Object.entries(spec.headerMembers).map(([member, header]): [string, MemberFacts] => [member, {
    shape: { kind: "integer" }, required: false, location: "header", wireName: header, idempotencyToken: false,
  }]);
  return { status: spec.status, fault: spec.fault, shape: { ...body, members: { ...body.members, ...Object.fromEntries(headers) } } };
}

/** The harness's contract as facts: the catalogues, and what the compiled JSON Schemas enforce. */
export function factsOfContract(): ServiceFacts {
  return {
    operations: Object.fromEntries(OPERATION_NAMES.map((name) => [name, operationFacts(name)])),
    errors: Object.fromEntries(ERROR_NAMES.map((name) => [name, errorFacts(name)])),
    leftOut: LEFT_OUT_OPERATIONS,
  };
}
