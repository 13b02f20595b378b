import type { Outcome } from "../targets/outcome.ts";
import type { CallRunner } from "./CallRunner.ts";
import type { Parents } from "./PropertyContext.ts";

function refOf(outcome: Outcome, member: string): { arn: string; id: string } {
  if (!outcome.ok) throw new Error(`setup failed: ${outcome.error.name}: ${outcome.error.message}`);
  const arn = (outcome.output[member] as { arn?: unknown } | undefined)?.arn;
  if (typeof arn !== "string") throw new Error(`setup failed: the ${member} in the answer has no arn`);
  return { arn, id: arn.slice(arn.lastIndexOf("/") + 1) };
}

/** Creates the app bundle and ingestion a run's destinations live under (on targets the harness owns). */
export async function provisionParents(runner: CallRunner, tags: readonly { key: string; value: string }[]): Promise<Parents> {
  const withTags = tags.length > 0 ? { tags } : {};
  const appBundle = refOf(await runner.call("CreateAppBundle", { ...withTags }), "appBundle");
  const ingestion = refOf(await runner.call("CreateIngestion", {
    appBundleIdentifier: appBundle.arn, app: "OKTA", tenantId: "appfabric-harness", ingestionType: "auditLog", ...withTags,
  }), "ingestion");
  return { appBundle, ingestion };
}

/** Removes what provisionParents made, in dependency order: stop and delete the ingestion, then the bundle. */
export async function removeParents(runner: CallRunner, parents: Parents): Promise<void> {
  const ids = { appBundleIdentifier: parents.appBundle.arn, ingestionIdentifier: parents.ingestion.arn };
  await runner.call("StopIngestion", ids);
  await runner.call("DeleteIngestion", ids);
  await runner.call("DeleteAppBundle", { appBundleIdentifier: parents.appBundle.arn });
}
