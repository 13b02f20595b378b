import type { Divergence } from "../judging/Divergence.ts";

/** Documented: pages neither skip nor repeat, and a resource is listed from its acknowledged create to its acknowledged delete. */
const BASIS = ["list.nextToken", "resource.lifecycle"];

/**
 * A full walk over every page of a list, held to the set of resources the oracle knows, whatever the page
 * sizes and order: nothing missing, nothing extra, nothing twice. The list's member is what diverges, as it
 * is for the model's comparison of one page.
 */
export function checkListWalk(operation: string, listed: readonly string[], expected: readonly string[]): Divergence[] {
  const found: Divergence[] = [];
  const seen = new Set<string>();
  const twice = listed.filter((arn) => seen.has(arn) || !seen.add(arn));
  const missing = expected.filter((arn) => !seen.has(arn));
  const extra = [...seen].filter((arn) => !expected.includes(arn));
  const add = (check: string, what: string, arns: readonly string[]) => {
    if (arns.length > 0) found.push({ kind: "model", operation, check, subject: "ingestionDestinations", basis: BASIS, message: `walking every page ${what}: ${arns.join(", ")}` });
  };
  add("list-repeats", "returned these more than once", twice);
  add("list-skips", "never returned these existing resources", missing);
  add("list-extra", "returned resources that do not exist (deleted, or never created)", extra);
  return found;
}
