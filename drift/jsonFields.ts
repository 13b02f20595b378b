import { ModelFileError } from "./ModelFileError.ts";

/** Typed reads of a parsed model document: a field of the wrong type is a ModelFileError naming it. */
export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, what: string): JsonObject {
  if (!isObject(value)) throw new ModelFileError(`${what} is not a JSON object`);
  return value;
}

export function optionalObject(value: unknown, what: string): JsonObject {
  return value === undefined ? {} : objectAt(value, what);
}

export function stringAt(value: unknown, what: string): string {
  if (typeof value !== "string") throw new ModelFileError(`${what} is not a string`);
  return value;
}

export function optionalNumber(value: unknown, what: string): number | undefined {
  if (value !== undefined && typeof value !== "number") throw new ModelFileError(`${what} is not a number`);
  return value;
}

export function arrayAt(value: unknown, what: string): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ModelFileError(`${what} is not a JSON array`);
  return value;
}

/** min and max as a Range, or nothing when neither is set. */
export function rangeOf(source: JsonObject, what: string): { min?: number; max?: number } | undefined {
  const min = optionalNumber(source["min"], `${what}.min`);
  const max = optionalNumber(source["max"], `${what}.max`);
  if (min === undefined && max === undefined) return undefined;
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}
