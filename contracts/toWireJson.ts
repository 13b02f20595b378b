/**
 * The JSON a value becomes on the wire: Dates turn into their ISO string, undefined members disappear, and
 * the SDK's `$metadata` is dropped at every depth. SDK outputs go through this before they are checked
 * against the wire schemas. Like JSON.stringify, it throws on cycles and BigInts. Written as a walk, not a
 * stringify/parse round trip, because it runs on every call of the property loop.
 */
export function toWireJson(value: unknown, seen: Set<object> = new Set()): unknown {
  if (value === null || typeof value !== "object") {
    if (typeof value === "bigint") throw new TypeError("Do not know how to serialize a BigInt");
    if (typeof value === "number" && !Number.isFinite(value)) return null;
    return typeof value === "function" || typeof value === "symbol" ? undefined : value;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (seen.has(value)) throw new TypeError("Converting circular structure to JSON");
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => toWireJson(item, seen) ?? null);
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      if (key === "$metadata") continue;
      const converted = toWireJson(member, seen);
      // defineProperty, not assignment: a member named `__proto__` must stay a member.
      if (converted !== undefined) Object.defineProperty(out, key, { value: converted, enumerable: true, writable: true, configurable: true });
    }
    return out;
  } finally {
    seen.delete(value);
  }
}
