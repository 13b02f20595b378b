import type { FindingCheck } from "./Finding.ts";

/** A check's name with list positions folded: `output.ingestionDestinations.17` is `output.ingestionDestinations.*`. */
const folded = (check: string) => check.replace(/\.\d+(?=\.|$)/g, ".*");

/**
 * Whether two checks of one finding are the same check: the same kind and name, a list's items counting as one,
 * so a listing wrong in forty items is one check of one finding, not forty.
 */
export function sameCheck(a: Pick<FindingCheck, "kind" | "check">, b: Pick<FindingCheck, "kind" | "check">): boolean {
  return a.kind === b.kind && folded(a.check) === folded(b.check);
}
