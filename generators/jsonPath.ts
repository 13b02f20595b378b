/** A path into plain JSON data: member names and array indices. */
export type JsonPath = readonly (string | number)[];

/** The dotted form used by ValidationException.fieldList, e.g. `destinationConfiguration.auditLog`. */
export function dottedPath(path: JsonPath): string {
  return path.join(".");
}

function cloneJson<T>(value: T): T {
  return structuredClone(value);
}

/** A copy of `root` with the value at `path` replaced (or removed, when `value` is `REMOVE`). */
export function withValueAt(root: unknown, path: JsonPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = cloneJson(root) as Record<string | number, unknown>;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === REMOVE) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    node[last] = value;
  }
  return copy;
}

export const REMOVE: unique symbol = Symbol("remove");

export function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const step of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}
