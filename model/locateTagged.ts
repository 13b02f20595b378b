import { isArn } from "./arns.ts";
import { findResource } from "./findResource.ts";
import type { KnownRuleId } from "./rules.ts";
import type { AppBundleRecord, DestinationRecord, IngestionRecord, ModelState } from "./state.ts";
import type { ModelEnv } from "./types.ts";

type Tagged = AppBundleRecord | IngestionRecord | DestinationRecord;

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const RESOURCE_PATH = new RegExp(`^appbundle/${UUID}(/ingestion/${UUID}(/ingestiondestination/${UUID})?)?$`);

/**
 * The resource a tag operation's resourceArn names, and the rules that decide whether it exists: an ARN in
 * the documented form of this account and Region names a resource that exists or not (resource.lifecycle);
 * any other ARN names none only by assumption (identifier.arnExact).
 */
export function locateTagged(state: ModelState, arn: string, env: ModelEnv):
  { readonly record?: Tagged; readonly basis: readonly KnownRuleId[] } {
  const record = findResource(state, arn);
  if (record !== undefined) return { record, basis: ["resource.lifecycle"] };
  const prefix = `arn:${env.partition}:appfabric:${env.region}:${env.account}:`;
  const wellFormed = isArn(arn) && arn.startsWith(prefix) && RESOURCE_PATH.test(arn.slice(prefix.length));
  return { basis: wellFormed ? ["resource.lifecycle"] : ["resource.lifecycle", "identifier.arnExact"] };
}
