import type { ResourceRef } from "../generators/identifierForm.ts";
import type { Outcome } from "../targets/outcome.ts";
import type { CallRunner } from "./CallRunner.ts";
import { InfrastructureError } from "./finding.ts";
import type { Parents } from "./PropertyContext.ts";
import { idOfArn } from "../model/index.ts";

type Tags = readonly { key: string; value: string }[];

/**
 * The resource a setup call created. A refusal no check found wrong (an app bundle quota already spent by
 * leftovers, say) leaves nothing to judge: infrastructure trouble, not a finding.
 */
function refOf(outcome: Outcome, member: string): ResourceRef {
  if (!outcome.ok) throw new InfrastructureError(`setting up the run's parents failed: ${outcome.error.name}: ${outcome.error.message}`);
  const arn = (outcome.output[member] as { arn?: unknown } | undefined)?.arn;
  if (typeof arn !== "string") throw new InfrastructureError(`setting up the run's parents failed: the ${member} in the answer has no arn`);
  return { arn, id: idOfArn(arn) };
}

const withTags = (tags: Tags) => (tags.length > 0 ? { tags } : {});

/** Creates an ingestion under an app bundle the harness may use. */
export async function provisionIngestion(runner: CallRunner, appBundle: ResourceRef, tags: Tags): Promise<ResourceRef> {
  return refOf(await runner.call("CreateIngestion", {
    appBundleIdentifier: appBundle.arn, app: "OKTA", tenantId: "appfabric-harness", ingestionType: "auditLog", ...withTags(tags),
  }), "ingestion");
}

/** Stops and deletes an ingestion the harness made (its destinations must be gone already); never refused by the budget. */
export async function removeIngestion(runner: CallRunner, parents: Parents): Promise<void> {
  const ids = { appBundleIdentifier: parents.appBundle.arn, ingestionIdentifier: parents.ingestion.arn };
  await runner.call("StopIngestion", ids, { essential: true });
  await runner.call("DeleteIngestion", ids, { essential: true });
}

/** Creates the app bundle and ingestion a run's destinations live under (on targets the harness owns). */
export async function provisionParents(runner: CallRunner, tags: Tags): Promise<Parents> {
  const appBundle = refOf(await runner.call("CreateAppBundle", { ...withTags(tags) }), "appBundle");
  return { appBundle, ingestion: await provisionIngestion(runner, appBundle, tags) };
}

/** Removes what provisionParents made, in dependency order: stop and delete the ingestion, then the bundle. */
export async function removeParents(runner: CallRunner, parents: Parents): Promise<void> {
  await removeIngestion(runner, parents);
  await runner.call("DeleteAppBundle", { appBundleIdentifier: parents.appBundle.arn }, { essential: true });
}
