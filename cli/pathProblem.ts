import { accessSync, constants, statSync, type Stats } from "node:fs";
import { dirname, resolve } from "node:path";

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The nearest folder that exists at or above `path`, or the file that stands in the way of making it. */
function nearestExisting(path: string): { readonly at: string; readonly stats: Stats } | undefined {
  for (let at = resolve(path); ; at = dirname(at)) {
    const stats = statOf(at);
    if (stats) return { at, stats };
    if (dirname(at) === at) return undefined;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why the harness could not write a folder (`kind: "folder"`) or a file there, or undefined when it can: checked
 * when a flag is parsed, so a mistyped path is a usage error before anything runs rather than a crash midway.
 */
export function pathProblem(path: string, kind: "folder" | "file"): string | undefined {
  if (path.trim() === "") return "an empty path";
  const own = statOf(path);
  if (own) {
    if (kind === "folder" && !own.isDirectory()) return "a file, not a folder";
    if (kind === "file" && own.isDirectory()) return "a folder, not a file";
    return writable(path) ? undefined : "not writable";
  }
  const ancestor = nearestExisting(path);
  if (ancestor === undefined) return "under no folder that exists";
  if (!ancestor.stats.isDirectory()) return `under ${ancestor.at}, which is a file`;
  return writable(ancestor.at) ? undefined : `under ${ancestor.at}, which is not writable`;
}
