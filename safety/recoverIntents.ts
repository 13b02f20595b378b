import { ERRORS, isErrorName } from "../contracts/errorCatalogue.ts";
import { kindOfArn } from "../model/index.ts";
import type { Outcome } from "../targets/outcome.ts";
import type { Target } from "../targets/target.ts";
import type { IntentEntry } from "./journalEntry.ts";

/** How one pending intent ended: the resource it made (to delete), a refusal (nothing exists), or unknown. */
export type IntentResult =
  | { readonly intent: IntentEntry; readonly arn: string }
  | { readonly intent: IntentEntry; readonly rejected: string }
  | { readonly intent: IntentEntry; readonly failed: string };

const RANK = { CreateAppBundle: 0, CreateIngestion: 1, CreateIngestionDestination: 2 } as const;

function resultOf(intent: IntentEntry, outcome: Outcome): IntentResult {
  if (outcome.ok) {
    const arn = Object.values(outcome.output).map((v) => (v as { arn?: unknown } | undefined)?.arn).find((a) => typeof a === "string");
    return typeof arn === "string" && kindOfArn(arn) !== "Resource" ? { intent, arn } : { intent, failed: "the answer names no resource ARN" };
  }
  const { kind, name, status = 500, message } = outcome.error;
  const transient = isErrorName(name) && ERRORS[name].transient;
  return kind === "service" && status < 500 && !transient ? { intent, rejected: name } : { intent, failed: `${name}: ${message}` };
}

/**
 * Creates whose answer never arrived are re-sent exactly as journaled, clientToken included: the service
 * answers with the resource the first attempt made, or makes it now; either way it can then be deleted.
 * A refusal (e.g. the parent is gone) means nothing exists. Parents are recovered before children.
 */
export async function recoverIntents(target: Target, pending: readonly IntentEntry[]): Promise<IntentResult[]> {
  const results: IntentResult[] = [];
  for (const intent of [...pending].sort((a, b) => RANK[a.operation] - RANK[b.operation])) {
    results.push(resultOf(intent, await target.send(intent.operation, intent.input)));
  }
  return results;
}
