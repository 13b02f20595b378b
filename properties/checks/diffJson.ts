/** One place where two JSON values differ. */
export interface JsonDifference {
  readonly path: string;
  readonly actual: unknown;
  readonly expected: unknown;
}

/** Structural differences between two JSON values (key order ignored), each at its dotted path. */
export function diffJson(actual: unknown, expected: unknown, path = ""): JsonDifference[] {
  if (Object.is(actual, expected)) return [];
  const bothObjects = actual !== null && expected !== null && typeof actual === "object" && typeof expected === "object";
  if (!bothObjects || Array.isArray(actual) !== Array.isArray(expected)) return [{ path: path || "(root)", actual, expected }];
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
  const out: JsonDifference[] = [];
  for (const key of [...keys].sort()) {
    out.push(...diffJson(a[key], e[key], path ? `${path}.${key}` : key));
  }
  return out;
}
