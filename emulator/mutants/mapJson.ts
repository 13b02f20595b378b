/** A path into plain data: member names and array indices. */
export type DataPath = readonly (string | number)[];

/**
 * A bottom-up transformation of plain data: `visit` sees every node (children already transformed) with its
 * path. Subtrees nothing changed are returned as they were, so `mapJson(x, f) === x` tells "untouched".
 */
export function mapJson(value: unknown, visit: (node: unknown, path: DataPath) => unknown, path: DataPath = []): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item, i) => mapJson(item, visit, [...path, i]));
    return visit(items.every((item, i) => item === value[i]) ? value : items, path);
  }
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const entries = Object.entries(value).map(([key, child]) => [key, mapJson(child, visit, [...path, key])] as const);
    const same = entries.every(([key, child]) => child === (value as Record<string, unknown>)[key]);
    return visit(same ? value : Object.fromEntries(entries), path);
  }
  return visit(value, path);
}
