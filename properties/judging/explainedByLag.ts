import type { OperationName } from "../../contracts/operationCatalogue.ts";
import type { ModelOutcome, ModelState } from "../../model/index.ts";
import type { Outcome } from "../../targets/outcome.ts";
import { checkCompleteListing } from "../checks/checkCompleteListing.ts";
import { checkModel } from "../checks/checkModel.ts";
import { checkTagSet } from "../checks/checkTagSet.ts";
import type { Divergence } from "./Divergence.ts";

/** The reads a not-yet-visible write can make disagree: nothing else is retried for lag. */
export const LAGGING_READS: ReadonlySet<OperationName> = new Set<OperationName>([
  "GetIngestionDestination", "ListIngestionDestinations", "ListTagsForResource", "GetIngestion", "ListIngestions", "GetAppBundle", "ListAppBundles",
]);

/** Whether a divergence would be a failure: lag excuses failures only. */
export type IsFailure = (divergence: Divergence) => boolean;

/** A read's answer agrees with a prediction: the same outcome exactly, and nothing a failure could be raised on in its members. */
function agrees(operation: OperationName, sent: Readonly<Record<string, unknown>>, outcome: Outcome, prediction: ModelOutcome, isFailure: IsFailure): boolean {
  if (outcome.ok !== prediction.ok || (!outcome.ok && !prediction.ok && outcome.error.name !== prediction.error.name)) return false;
  return ![...checkModel(operation, outcome, prediction), ...checkTagSet(operation, outcome, prediction),
    ...checkCompleteListing(operation, sent, outcome, prediction)].some(isFailure);
}

/**
 * Each destination a walk over every page lists or misses, against the oracle's whole list, is explained by a
 * write not yet visible: one missing is absent from some recent state (created since), one extra is present in
 * some recent state (deleted since).
 */
export function listingExplainedByLag(listed: readonly string[], expected: readonly string[], recent: readonly ModelState[]): boolean {
  const inState = (state: ModelState, arn: string) => state.destinations.some((d) => d.arn === arn);
  const shown = new Set(listed);
  return expected.filter((arn) => !shown.has(arn)).every((arn) => recent.some((state) => !inState(state, arn)))
    && [...shown].filter((arn) => !expected.includes(arn)).every((arn) => recent.some((state) => inState(state, arn)));
}

function arnsOf(output: Readonly<Record<string, unknown>>): string[] {
  const items = output.ingestionDestinations;
  return Array.isArray(items) ? items.map((item: { arn?: unknown } | null) => String(item?.arn)) : [];
}

/**
 * Whether some state a recent write left behind explains a read that disagrees with the current prediction:
 * the read would agree with the model had that write not been visible yet. `predictFrom` is the model's
 * prediction of the same read against an earlier state.
 */
export function explainedByLag(operation: OperationName, sent: Readonly<Record<string, unknown>>, outcome: Outcome, current: ModelOutcome,
  recent: readonly ModelState[], predictFrom: (state: ModelState) => ModelOutcome, isFailure: IsFailure): boolean {
  if (!LAGGING_READS.has(operation)) return false;
  if (recent.some((state) => agrees(operation, sent, outcome, predictFrom(state), isFailure))) return true;
  // Several writes may each be visible or not: a listing is explained item by item.
  return operation === "ListIngestionDestinations" && outcome.ok && current.ok
    && !checkModel(operation, outcome, current).some(isFailure)
    && listingExplainedByLag(arnsOf(outcome.output), arnsOf(current.output), recent);
}
