import type { Tag } from "./state.ts";
import type { ModelInput } from "./types.ts";

/**
 * Narrowing readers for input members. The injected validator has already checked the input;
 * these only keep the model total when a caller's validator lets odd values through.
 */

/** A string member, or "" (which names no resource) when absent or not a string. */
export function textMember(input: ModelInput, name: string): string {
  const value = input[name];
  return typeof value === "string" ? value : "";
}

export function optionalTextMember(input: ModelInput, name: string): string | undefined {
  const value = input[name];
  return typeof value === "string" ? value : undefined;
}

/** A positive integer member, or undefined. */
export function countMember(input: ModelInput, name: string): number | undefined {
  const value = input[name];
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** The {key, value} items of a tag list member, in the order given; malformed items are skipped. */
export function tagsMember(input: ModelInput, name: string): readonly Tag[] {
  const value = input[name];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== "object" || item === null) return [];
    const { key, value: tagValue } = item as { key?: unknown; value?: unknown };
    return typeof key === "string" && typeof tagValue === "string" ? [{ key, value: tagValue }] : [];
  });
}

/** The string items of a list member. */
export function textListMember(input: ModelInput, name: string): readonly string[] {
  const value = input[name];
  return Array.isArray(value) ? value.filter((item: unknown): item is string => typeof item === "string") : [];
}
