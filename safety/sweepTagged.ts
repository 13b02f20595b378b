import type { Target } from "../targets/target.ts";
import { listArns, tagsOf } from "./listArns.ts";

/** A live sandbox's named parents: only their destinations are looked at, and the parents are kept. */
export interface SweepScope {
  readonly appBundle: string;
  readonly ingestion: string;
}

/**
 * What carries the run-id tag key: of any run, or of one run when its id (the tag's value) is given. In a
 * sandbox, the named ingestion's tagged destinations; on a loopback endpoint, every tagged app bundle with
 * everything under it (a bundle the harness made holds nothing but the harness's own resources).
 */
export async function sweepTagged(target: Target, tagKey: string, scope?: SweepScope, runId?: string): Promise<string[]> {
  const tagged = async (arn: string) => (await tagsOf(target, arn)).some((t) => t.key === tagKey && (runId === undefined || t.value === runId));
  if (scope) {
    const ids = { appBundleIdentifier: scope.appBundle, ingestionIdentifier: scope.ingestion };
    const found: string[] = [];
    for (const arn of await listArns(target, "ListIngestionDestinations", ids)) if (await tagged(arn)) found.push(arn);
    return found;
  }
  const found: string[] = [];
  for (const bundle of await listArns(target, "ListAppBundles")) {
    if (!(await tagged(bundle))) continue;
    found.push(bundle);
    for (const ingestion of await listArns(target, "ListIngestions", { appBundleIdentifier: bundle })) {
      found.push(ingestion);
      found.push(...await listArns(target, "ListIngestionDestinations", { appBundleIdentifier: bundle, ingestionIdentifier: ingestion }));
    }
  }
  return found;
}
