/**
 * What a JS SDK v3 client makes of a wire JSON document, under the documented restJson1 mapping (the Smithy restJson1 protocol and aws-sdk-js-v3):
 * RFC 3339 strings become Dates, a union holding one member the contract does not know becomes
 * `$unknown: [name, value]`, structure members the contract does not know are dropped. The inverse of
 * toWireJson for documents inside the contract; the expected side of response fuzzing and the mocked answers
 * of consumer tests. Values outside the contract are left as they are: they are the client's to reject.
 */
import { ERRORS, type ErrorName } from "./errorCatalogue.ts";
import { RFC3339_PATTERN } from "./constraints.ts";
import type { JsonSchemaObject } from "./schemas/combinators.ts";
import { ERROR_SCHEMAS } from "./schemas/errors.ts";

const RFC3339 = new RegExp(RFC3339_PATTERN);

/** The instant an RFC 3339 date-time names, to the millisecond (digits past the third are cut). */
export function parseRfc3339(text: string): Date | undefined {
  const match = RFC3339.exec(text);
  if (match === null) return undefined;
  const [, year, month, day, hours, minutes, seconds, fraction = "", zone = "Z"] = match;
  const ms = Number(`${fraction}000`.slice(0, 3));
  const utc = new Date(Date.UTC(2000, Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds), ms));
  utc.setUTCFullYear(Number(year));
  const offset = /^([+-])(\d{2}):(\d{2})$/.exec(zone);
  if (offset === null) return utc;
  const minutesEast = (Number(offset[2]) * 60 + Number(offset[3])) * (offset[1] === "-" ? -1 : 1);
  return new Date(utc.getTime() - minutesEast * 60_000);
}

export function isDateTime(schema: JsonSchemaObject): boolean {
  return schema.pattern === RFC3339_PATTERN;
}

/** Tagged unions are written as objects with exactly one property (contracts/schemas/combinators.ts). */
export function isUnion(schema: JsonSchemaObject): boolean {
  return schema.type === "object" && schema.minProperties === 1 && schema.maxProperties === 1;
}

export function propertiesOf(schema: JsonSchemaObject): Readonly<Record<string, JsonSchemaObject>> {
  return (schema.properties ?? {}) as Readonly<Record<string, JsonSchemaObject>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function define(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The SDK form of `wire` read as `schema` (an output or error body schema). */
export function sdkFormOf(schema: JsonSchemaObject, wire: unknown): unknown {
  if (isDateTime(schema)) return typeof wire === "string" ? parseRfc3339(wire) ?? wire : wire;
  if (Array.isArray(wire)) return schema.type === "array" ? wire.map((item) => sdkFormOf((schema.items ?? {}) as JsonSchemaObject, item)) : wire;
  if (!isRecord(wire) || schema.type !== "object") return wire;
  const properties = propertiesOf(schema);
  const out: Record<string, unknown> = {};
  const entries = Object.entries(wire).filter(([, value]) => value !== null);
  if (isUnion(schema) && entries.length === 1) {
    const [name, value] = entries[0] as [string, unknown];
    const member = Object.hasOwn(properties, name) ? properties[name] : undefined;
    define(out, member ? name : "$unknown", member ? sdkFormOf(member, value) : [name, value]);
    return out;
  }
  for (const [name, value] of entries) {
    const member = Object.hasOwn(properties, name) ? properties[name] : undefined;
    if (member) define(out, name, sdkFormOf(member, value));
  }
  return out;
}

/** The SDK's message for an error body: `message`, else `Message`, else "UnknownError" (aws-sdk-js-v3's decorateServiceException). */
function messageOf(body: Readonly<Record<string, unknown>>): string {
  const text = [body.message, body.Message].find((m) => typeof m === "string" && m !== "");
  return typeof text === "string" ? text : "UnknownError";
}

/**
 * The members a modeled exception carries for an error response: the body's modeled members in SDK form,
 * the body's unmodeled top-level keys as they are (decorateServiceException copies them), the
 * message with the SDK's fallbacks, and the header-bound members (retryAfterSeconds from Retry-After).
 */
export function sdkErrorMembersOf(name: ErrorName, body: unknown, headers: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (isRecord(body)) for (const [key, value] of Object.entries(body)) define(out, key, value);
  const modeled = sdkFormOf(ERROR_SCHEMAS[name], body);
  if (isRecord(modeled)) for (const [key, value] of Object.entries(modeled)) define(out, key, value);
  define(out, "message", messageOf(isRecord(body) ? body : {}));
  const lower = new Map(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
  for (const [member, header] of Object.entries(ERRORS[name].headerMembers)) {
    const value = lower.get(header);
    if (value !== undefined && /^\d+$/.test(value)) define(out, member, Number(value));
  }
  return out;
}
