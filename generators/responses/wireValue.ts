import fc from "fast-check";
import { ARN_PATTERN, UUID_PATTERN } from "../../contracts/constraints.ts";
import type { JsonSchemaObject } from "../../contracts/schemas/combinators.ts";
import { isDateTime, isUnion, propertiesOf } from "../../contracts/sdkFormOf.ts";
import { responseText } from "./responseText.ts";
import { rfc3339Timestamp } from "./rfc3339Timestamp.ts";

/** Lists are drawn short, and at their upper bound now and then. */
const SHORT_LIST = 3;
const ARN_PREFIX = "arn:";

/** A member name no version of the contract has yet: what a newer service may add. */
const addedName = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), minLength: 1, maxLength: 6 })
  .map((s) => `new${s[0]?.toUpperCase() ?? ""}${s.slice(1)}`);

/** Any JSON but null: an unknown union member still has a value (null counts as absent). */
const addedValue = fc.jsonValue({ maxDepth: 2 }).filter((v) => v !== null);

function stringFor(schema: JsonSchemaObject): fc.Arbitrary<string> {
  const range = { min: Number(schema.minLength ?? 0), max: Number(schema.maxLength ?? 24) };
  if (schema.pattern === undefined) return responseText(range);
  if (isDateTime(schema)) return rfc3339Timestamp();
  if (schema.pattern === UUID_PATTERN) return fc.uuid();
  if (schema.pattern === ARN_PATTERN) {
    const rest = { min: Math.max(1, range.min - ARN_PREFIX.length), max: range.max - ARN_PREFIX.length };
    return responseText(rest, { singleLine: true }).map((text) => ARN_PREFIX + text);
  }
  throw new Error(`no response generator for the pattern ${String(schema.pattern)}`);
}

function listFor(schema: JsonSchemaObject): fc.Arbitrary<unknown[]> {
  const item = wireValue((schema.items ?? {}) as JsonSchemaObject);
  const min = Number(schema.minItems ?? 0), max = Number(schema.maxItems ?? SHORT_LIST);
  const short = fc.array(item, { minLength: min, maxLength: Math.max(min, Math.min(max, SHORT_LIST)) });
  return max > SHORT_LIST ? fc.oneof({ withCrossShrink: true }, { weight: 9, arbitrary: short }, { weight: 1, arbitrary: fc.array(item, { minLength: max, maxLength: max }) }) : short;
}

function withMember(value: Readonly<Record<string, unknown>>, name: string, member: unknown): Record<string, unknown> {
  const out = { ...value };
  Object.defineProperty(out, name, { value: member, enumerable: true, writable: true, configurable: true });
  return out;
}

/** Exactly one member: a known one, or (as a newer service may send) one the contract does not know. */
function unionFor(schema: JsonSchemaObject): fc.Arbitrary<Record<string, unknown>> {
  const known = Object.entries(propertiesOf(schema)).map(([name, member]) => wireValue(member).map((v) => withMember({}, name, v)));
  const unknown = fc.tuple(addedName, addedValue).map(([name, v]) => withMember({}, name, v));
  return fc.oneof({ withCrossShrink: true }, ...known, unknown);
}

/** `if`/`else` as the contract uses it: when the `if` (required members, constant values) does not hold,
 *  members the `else` forbids are left out. */
function conditional(schema: JsonSchemaObject, value: Record<string, unknown>): Record<string, unknown> {
  const test = schema.if as JsonSchemaObject | undefined;
  if (test === undefined) return value;
  const required = (test.required ?? []) as string[];
  const consts = Object.entries(propertiesOf(test)).filter(([, s]) => "const" in s);
  const holds = required.every((name) => Object.hasOwn(value, name)) && consts.every(([name, s]) => !Object.hasOwn(value, name) || value[name] === s.const);
  if (holds) return value;
  const forbidden = Object.entries(((schema.else ?? {}) as JsonSchemaObject).properties ?? {}).filter(([, s]) => s === false).map(([name]) => name);
  return Object.fromEntries(Object.entries(value).filter(([name]) => !forbidden.includes(name)));
}

/** Required members always, optional ones present or absent, and now and then a member a newer service added. */
function structureFor(schema: JsonSchemaObject): fc.Arbitrary<Record<string, unknown>> {
  const properties = propertiesOf(schema);
  const members = Object.fromEntries(Object.entries(properties).map(([name, member]) => [name, wireValue(member)]));
  const known = fc.record(members, { requiredKeys: (schema.required ?? []) as string[], noNullPrototype: true });
  const addition = fc.tuple(addedName.filter((name) => !Object.hasOwn(properties, name)), fc.jsonValue({ maxDepth: 2 }));
  const added = fc.oneof({ withCrossShrink: true }, { weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: addition });
  return fc.tuple(known, added).map(([value, extra]) => conditional(schema, extra ? withMember(value, extra[0], extra[1]) : value));
}

/**
 * Any JSON value an output or error body schema allows (the contract's subset of JSON Schema: enums, strings
 * with lengths and the contract's patterns, integers, lists, structures open to additions, tagged unions
 * whose lone member may be unknown). A keyword or pattern this does not know is an error, not a guess.
 */
export function wireValue(schema: JsonSchemaObject): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  switch (schema.type) {
    case "string":
      return stringFor(schema);
    case "integer":
      return fc.integer({ min: Number(schema.minimum ?? 0), max: Number(schema.maximum ?? 10_000) });
    case "array":
      return listFor(schema);
    case "object":
      return isUnion(schema) ? unionFor(schema) : structureFor(schema);
    default:
      throw new Error(`no response generator for the schema ${JSON.stringify(schema)}`);
  }
}
