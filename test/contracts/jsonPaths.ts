/** Paths into JSON test documents, and edits of a deep copy at a path. */
export type Path = readonly (string | number)[];

export function pointer(path: Path): string {
  return path.map((segment) => `/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** Dotted form with list indexes as `*`, the form of the oracle in requiredMembers.ts. */
export function shapePath(path: Path): string {
  return path.map((segment) => (typeof segment === "number" ? "*" : segment)).join(".");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function edit(doc: unknown, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy: unknown = structuredClone(doc);
  let parent: unknown = copy;
  for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[segment];
  const last = path[path.length - 1];
  if (last === undefined || typeof parent !== "object" || parent === null) throw new Error(`bad path ${pointer(path)}`);
  change(parent as Record<string | number, unknown>, last);
  return copy;
}

export function setAt(doc: unknown, path: Path, value: unknown): unknown {
  return edit(doc, path, (parent, key) => { parent[key] = value; });
}

export function removeAt(doc: unknown, path: Path): unknown {
  return edit(doc, path, (parent, key) => { delete parent[key]; });
}

/** Every path below the root: object members and list items, depth first. */
export function allPaths(doc: unknown, prefix: Path = []): Path[] {
  const children: [string | number, unknown][] = Array.isArray(doc) ? doc.map((item, i) => [i, item])
    : isRecord(doc) ? Object.entries(doc) : [];
  return children.flatMap(([key, value]) => [[...prefix, key], ...allPaths(value, [...prefix, key])]);
}

/** Object member paths only (a list item is not a member). */
export function memberPaths(doc: unknown): Path[] {
  return allPaths(doc).filter((path) => typeof path[path.length - 1] === "string");
}
