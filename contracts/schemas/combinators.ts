import type { LengthRange } from "../constraints.ts";

/** Which side of the wire a schema checks: inputs are closed, outputs tolerate additions. */
export type Direction = "input" | "output";

/** A JSON Schema (draft-07) as plain data; ajv compiles it in contracts/contract.ts. */
export type JsonSchemaObject = { readonly [keyword: string]: unknown };
export type JsonSchema = boolean | JsonSchemaObject;

/** An unknown input member is a defect; an unknown output member is a service addition clients must tolerate. */
function closedFor(direction: Direction): { additionalProperties?: false } {
  return direction === "input" ? { additionalProperties: false } : {};
}

export function structure(
  direction: Direction,
  properties: Readonly<Record<string, JsonSchema>>,
  required: readonly string[] = [],
): JsonSchemaObject {
  return { type: "object", properties, ...(required.length > 0 ? { required } : {}), ...closedFor(direction) };
}

/**
 * A tagged union: exactly one member is set (the API model's union trait). Written as minProperties/maxProperties 1 instead of
 * oneOf, so a violation is one error that names the union rather than one error per failed branch.
 * - Inputs: only the modeled members exist; an unknown member is a defect (additionalProperties: false).
 * - Outputs: a newer service may return a member this contract does not know. A restJson1 client surfaces a
 *   union holding exactly one unrecognised key as `$unknown: [name, value]`, so a lone unknown member is accepted
 *   (and an SDK output's `$unknown`, kept by toWireJson, is itself such a lone member).
 *   Zero members, or two (known or not), still break "exactly one" and are rejected; a known member must still
 *   match its own shape. Members are objects, so a null member is a type violation, not an absent one.
 */
export function union<K extends string>(
  direction: Direction,
  names: readonly K[],
  members: Readonly<Record<K, JsonSchema>>,
): JsonSchemaObject {
  const properties = Object.fromEntries(names.map((name) => [name, members[name]]));
  return { type: "object", minProperties: 1, maxProperties: 1, properties, ...closedFor(direction) };
}

export function listOf(items: JsonSchema, range?: LengthRange): JsonSchemaObject {
  return { type: "array", items, ...(range ? { minItems: range.min, maxItems: range.max } : {}) };
}

/** minLength/maxLength count code points (ajv's `unicode` default), as the Smithy length trait does. */
export function stringOf(range?: LengthRange, pattern?: string): JsonSchemaObject {
  return {
    type: "string",
    ...(range ? { minLength: range.min, maxLength: range.max } : {}),
    ...(pattern === undefined ? {} : { pattern }),
  };
}

export function enumOf(values: readonly string[]): JsonSchemaObject {
  return { type: "string", enum: values };
}

/** The schemas of the named members; a name missing from the table is a catalogue defect, caught at load. */
export function pickMembers(
  names: readonly string[],
  table: Readonly<Record<string, JsonSchema>>,
  owner: string,
): Record<string, JsonSchema> {
  return Object.fromEntries(names.map((name) => {
    const schema = table[name];
    if (schema === undefined) throw new Error(`${owner}: no schema for member "${name}"`);
    return [name, schema];
  }));
}
