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
type TornDownKind = (typeof ORDER)[number];

/** Pauses before retrying a delete whose precondition may still be settling (deletes may be asynchronous). */
const RETRY_DELAYS_MS = [250, 1000, 3000];

const OPERATIONS: Record<TornDownKind, { readonly remove: OperationName; readonly read: OperationName }> = {
  IngestionDestination: { remove: "DeleteIngestionDestination", read: "GetIngestionDestination" },
  Ingestion: { remove: "DeleteIngestion", read: "GetIngestion" },
  AppBundle: { remove: "DeleteAppBundle", read: "GetAppBundle" },
};

function describe(outcome: Outcome): string {
  return outcome.ok ? "ok" : `${outcome.error.name}: ${outcome.error.message}`;
}

/** The identifiers that address a resource under its parents, as every operation on it takes them. */
function identifiersOf(kind: TornDownKind, arn: string): Record<string, string> {
  const parents = parentArnsOf(arn);
  switch (kind) {
    case "IngestionDestination":
      return { appBundleIdentifier: parents.appBundle, ingestionIdentifier: parents.ingestion ?? "", ingestionDestinationIdentifier: arn };
    case "Ingestion":
      return { appBundleIdentifier: parents.appBundle, ingestionIdentifier: arn };
    case "AppBundle":
      return { appBundleIdentifier: arn };
  }
}

const isGone = (outcome: Outcome) => !outcome.ok && outcome.error.name === "ResourceNotFoundException";

/**
 * Deletes one resource; an ingestion is stopped first. Gone already counts as deleted, and so does a delete
 * that kept failing while the resource is gone all the same (a delete answered with a fault after it took
 * effect): only what the service still holds is left behind.
 */
async function deleteOne(target: Target, kind: TornDownKind, arn: string, delaysMs: readonly number[]): Promise<string | undefined> {
  // An ARN that does not nest under its parents (a service bug) cannot be addressed at all: no retry helps.
  if (kind === "IngestionDestination" && parentArnsOf(arn).ingestion === undefined) return "its ARN names no app bundle and ingestion to address it under";
  const input = identifiersOf(kind, arn);
  if (kind === "Ingestion") await target.send("StopIngestion", input);
  for (let attempt = 0; ; attempt++) {
    const outcome = await target.send(OPERATIONS[kind].remove, input);
    if (outcome.ok || isGone(outcome)) return undefined;
    const delay = delaysMs[attempt];
    if (outcome.error.kind === "infrastructure" || delay === undefined) {
      return isGone(await target.send(OPERATIONS[kind].read, input)) ? undefined : describe(outcome);
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

function isTornDownKind(kind: string): kind is TornDownKind {
  return (ORDER as readonly string[]).includes(kind);
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
      const reason = await deleteOne(target, kind, arn, delaysMs);
      if (reason === undefined) deleted.push(arn);
      else failed.push({ arn, reason });
    }
  }
  for (const arn of unique.filter((a) => !isTornDownKind(kindOfArn(a)))) {
    failed.push({ arn, reason: "not an AppFabric app bundle, ingestion or destination ARN" });
  }
  return { deleted, failed };
}
