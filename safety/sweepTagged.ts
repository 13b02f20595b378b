import type { Target } from "../targets/target.ts";
import { listArns, tagKeysOf } from "./listArns.ts";

/** A live sandbox's named parents: only their destinations are looked at, and the parents are kept. */
export interface SweepScope {
  readonly appBundle: string;
  readonly ingestion: string;
}

/**
 * What earlier runs left that carries the run-id tag key, whatever the run: in a sandbox, the named
 * ingestion's tagged destinations; on a loopback endpoint, every tagged app bundle with everything under it
 * (a bundle the harness made holds nothing but the harness's own resources).
 */
export async function sweepTagged(target: Target, tagKey: string, scope?: SweepScope): Promise<string[]> {
  const tagged = async (arn: string) => (await tagKeysOf(target, arn)).includes(tagKey);
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
