import type { Finding } from "../finding.ts";
import { severityOf } from "../severityOf.ts";

/** Documented: pages neither skip nor repeat, and a resource is listed from its acknowledged create to its acknowledged delete. */
const BASIS = ["list.nextToken", "resource.lifecycle"];

/**
 * A full walk over every page of a list, held to the set of resources the oracle knows, whatever the page
 * sizes and order: nothing missing, nothing extra, nothing twice.
 */
export function checkListWalk(operation: string, listed: readonly string[], expected: readonly string[], strict: boolean): Finding[] {
  const severity = severityOf(BASIS, strict);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const twice = listed.filter((arn) => seen.has(arn) || !seen.add(arn));
  const missing = expected.filter((arn) => !seen.has(arn));
  const extra = [...seen].filter((arn) => !expected.includes(arn));
  const add = (check: string, what: string, arns: readonly string[]) => {
    if (arns.length > 0) findings.push({ kind: "model", severity, operation, check, message: `walking every page ${what}: ${arns.join(", ")}` });
  };
  add("list-repeats", "returned these more than once", twice);
  add("list-skips", "never returned these existing resources", missing);
  add("list-extra", "returned resources that do not exist (deleted, or never created)", extra);
  return findings;
}
