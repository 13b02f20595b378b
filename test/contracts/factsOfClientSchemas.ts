/**
 * The built-in client's static schemas as facts, read through the runtime's own schema reader: what the
 * client binds and expects, so the conformance test holds it to AWS's model as it holds the contract.
 */
import { NormalizedSchema } from "@smithy/core/schema";
import type { StaticStructureSchema } from "@smithy/types";
import { ERROR_SCHEMAS } from "../../client/schemas/errors.ts";
import { OPERATION_SCHEMAS } from "../../client/schemas/operations.ts";
import { LEFT_OUT_OPERATIONS } from "../../contracts/operationCatalogue.ts";
import type { Location, MemberFacts, ServiceFacts, ShapeFacts, StructureFacts } from "../../drift/ServiceFacts.ts";

/** The runtime's timestamp schema numbers (4 is the protocol's default, epoch seconds for restJson1). */
const TIMESTAMP_FORMATS: Readonly<Record<number, string>> = { 4: "epoch-seconds", 5: "date-time", 6: "http-date", 7: "epoch-seconds" };

function binding(name: string, member: NormalizedSchema): { location: Location; wireName: string } {
  const traits = member.getMergedTraits();
  if (traits.httpLabel) return { location: "label", wireName: name };
  if (typeof traits.httpQuery === "string") return { location: "query", wireName: traits.httpQuery };
  if (typeof traits.httpHeader === "string") return { location: "header", wireName: traits.httpHeader };
  return { location: "body", wireName: name };
}

function shapeOf(schema: NormalizedSchema): ShapeFacts {
  if (schema.isStructSchema()) {
    // Required members come first; the static form keeps their count last (client/schemas/shapes.ts).
    const static_ = schema.getSchema() as StaticStructureSchema;
    const required = new Set(static_[4].slice(0, static_[6] ?? 0));
    const members = [...schema.structIterator()].map(([name, member]): [string, MemberFacts] => [name, {
      shape: shapeOf(member), required: required.has(name), ...binding(name, member), idempotencyToken: member.isIdempotencyToken(),
    }]);
    return { kind: schema.isUnionSchema() ? "union" : "structure", members: Object.fromEntries(members) };
  }
  if (schema.isListSchema()) return { kind: "list", member: shapeOf(schema.getValueSchema()) };
  if (schema.isTimestampSchema()) return { kind: "timestamp", format: TIMESTAMP_FORMATS[schema.getSchema() as number] ?? "?" };
  if (schema.isStringSchema()) return { kind: "string" };
  // The runtime has one numeric schema; AppFabric's numbers are all integers.
  if (schema.isNumericSchema()) return { kind: "integer" };
  return { kind: "other", type: String(schema.getSchema()) };
}

const structureOf = (schema: NormalizedSchema): StructureFacts => shapeOf(schema) as StructureFacts;

export function factsOfClientSchemas(): ServiceFacts {
  const operations = Object.entries(OPERATION_SCHEMAS).map(([name, op]) => {
    const http = (op[3] as { http: [string, string, number] }).http;
    return [name, {
      method: http[0], uri: http[1], successCode: http[2],
      input: structureOf(NormalizedSchema.of(op[4])), output: structureOf(NormalizedSchema.of(op[5])),
      errors: [], idempotent: false, readonly: false,
    }] as const;
  });
  const errors = Object.entries(ERROR_SCHEMAS).map(([name, schema]) => {
    const traits = NormalizedSchema.of(schema).getMergedTraits();
    return [name, { status: traits.httpError as number, fault: traits.error as "client" | "server", shape: structureOf(NormalizedSchema.of(schema)) }] as const;
  });
  return { operations: Object.fromEntries(operations), errors: Object.fromEntries(errors), leftOut: LEFT_OUT_OPERATIONS };
}
