import type { OperationName } from "../contracts/operationCatalogue.ts";
import { kindOfArn } from "../model/index.ts";
import type { Outcome } from "../targets/outcome.ts";
import type { Target } from "../targets/target.ts";
import { InfrastructureError } from "../properties/finding.ts";
import { parentArnsOf } from "./arnParts.ts";

/** A teardown that could not delete everything the run created: the journal keeps the rest for `cleanup`. */
export class TeardownIncomplete extends InfrastructureError {}

export interface TeardownReport {
  readonly deleted: readonly string[];
  readonly failed: readonly { readonly arn: string; readonly reason: string }[];
}

/** Dependency order: a resource's children go before it (destinations, ingestions, app bundles). */
const ORDER = ["IngestionDestination", "Ingestion", "AppBundle"] as const;

/** Pauses before retrying a delete whose precondition may still be settling (deletes may be asynchronous). */
const RETRY_DELAYS_MS = [250, 1000, 3000];

function describe(outcome: Outcome): string {
  return outcome.ok ? "ok" : `${outcome.error.name}: ${outcome.error.message}`;
}

function deleteCall(arn: string): readonly [OperationName, Record<string, string>] {
  const parents = parentArnsOf(arn);
  switch (kindOfArn(arn)) {
    case "IngestionDestination":
      return ["DeleteIngestionDestination", { appBundleIdentifier: parents.appBundle, ingestionIdentifier: parents.ingestion ?? "", ingestionDestinationIdentifier: arn }];
    case "Ingestion":
      return ["DeleteIngestion", { appBundleIdentifier: parents.appBundle, ingestionIdentifier: arn }];
    default:
      return ["DeleteAppBundle", { appBundleIdentifier: arn }];
  }
}

/** Deletes one resource; an ingestion is stopped first. Gone already counts as deleted. */
async function deleteOne(target: Target, arn: string, delaysMs: readonly number[]): Promise<string | undefined> {
  // An ARN that does not nest under its parents (a service bug) cannot be addressed at all: no retry helps.
  if (kindOfArn(arn) === "IngestionDestination" && parentArnsOf(arn).ingestion === undefined) return "its ARN names no app bundle and ingestion to address it under";
  const [operation, input] = deleteCall(arn);
  if (operation === "DeleteIngestion") await target.send("StopIngestion", input);
  for (let attempt = 0; ; attempt++) {
    const outcome = await target.send(operation, input);
    if (outcome.ok || outcome.error.name === "ResourceNotFoundException") return undefined;
    const delay = delaysMs[attempt];
    if (outcome.error.kind === "infrastructure" || delay === undefined) return describe(outcome);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/**
 * Deletes the given resources in dependency order and reports what it could not delete; it carries on past
 * a failure so as much as possible is gone.
 */
export async function teardownResources(target: Target, arns: readonly string[], delaysMs: readonly number[] = RETRY_DELAYS_MS): Promise<TeardownReport> {
  const deleted: string[] = [];
  const failed: { arn: string; reason: string }[] = [];
  const unique = [...new Set(arns)];
  for (const kind of ORDER) {
    for (const arn of unique.filter((a) => kindOfArn(a) === kind)) {
      const reason = await deleteOne(target, arn, delaysMs);
      if (reason === undefined) deleted.push(arn);
      else failed.push({ arn, reason });
    }
  }
  for (const arn of unique.filter((a) => !ORDER.includes(kindOfArn(a) as (typeof ORDER)[number]))) {
    failed.push({ arn, reason: "not an AppFabric app bundle, ingestion or destination ARN" });
  }
  return { deleted, failed };
}
