/**
 * Nesting no file the harness writes ever reaches: a saved case, a config file or a journal line nested deeper
 * is refused before any code walks it recursively (and overflows the stack).
 */
export const MAX_JSON_DEPTH = 64;

/** True when a parsed JSON value nests arrays or objects more than `max` levels deep; walks without recursion. */
export function nestedDeeperThan(value: unknown, max: number = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    if (node === null || typeof node !== "object") continue;
    if (depth >= max) return true;
    for (const member of Object.values(node)) stack.push([member, depth + 1]);
  }
  return false;
}
