/** JSON-like data: what the model stores from inputs, so state stays structurally cloneable. */
export type PlainData = null | boolean | number | string | readonly PlainData[] | { readonly [key: string]: PlainData };

/**
 * A fresh deep copy as plain data. Undefined members are dropped (the SDK form omits absent members);
 * values JSON cannot hold become null, so the result is always safe to store and compare.
 */
export function toPlainData(value: unknown): PlainData {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map((item: unknown) => toPlainData(item));
  if (typeof value === "object") {
    const copy: Record<string, PlainData> = {};
    for (const [key, member] of Object.entries(value)) {
      // defineProperty, not assignment: a member named `__proto__` must stay a member.
      if (member !== undefined) Object.defineProperty(copy, key, { value: toPlainData(member), enumerable: true, writable: true, configurable: true });
    }
    return copy;
  }
  return null;
}

/** Deep equality of plain data; object key order does not matter. */
export function plainDataEqual(a: PlainData, b: PlainData): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item: PlainData, i: number) => plainDataEqual(item, b[i] as PlainData));
  }
  const aRecord = a as { readonly [key: string]: PlainData };
  const bRecord = b as { readonly [key: string]: PlainData };
  const keys = Object.keys(aRecord);
  if (keys.length !== Object.keys(bRecord).length) return false;
  return keys.every((key) => Object.hasOwn(bRecord, key) && plainDataEqual(aRecord[key] as PlainData, bRecord[key] as PlainData));
}
