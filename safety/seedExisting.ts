import type { Oracle } from "../properties/Oracle.ts";
import type { Target } from "../targets/target.ts";
import { listArns } from "./listArns.ts";

/**
 * What an account already holds when the harness owns no parents there (a loopback endpoint): its app bundles
 * and their ingestions count against the documented quotas, so the oracle learns them first. Without them,
 * a refusal the account's own leftovers explain would read as a service bug.
 */
export async function seedExisting(target: Target, oracle: Oracle): Promise<void> {
  for (const bundle of await listArns(target, "ListAppBundles")) {
    oracle.learn({ appBundle: { arn: bundle } });
    for (const ingestion of await listArns(target, "ListIngestions", { appBundleIdentifier: bundle })) {
      oracle.learn({ ingestion: { arn: ingestion, appBundleArn: bundle } });
    }
  }
}
