import { diffJson, type JsonDifference } from "../checks/diffJson.ts";

/** SDK data as comparable JSON: Dates kept distinct from strings, undefined members absent (as in JSON). */
export function comparable(value: unknown): unknown {
  if (value instanceof Date) return { $date: Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString() };
  if (Array.isArray(value)) return value.map(comparable);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member !== undefined) Object.defineProperty(out, key, { value: comparable(member), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Where an SDK value differs from the expected one; a Date and its ISO string are not the same. */
export function sdkDifferences(actual: unknown, expected: unknown): JsonDifference[] {
  return diffJson(comparable(actual), comparable(expected));
}
