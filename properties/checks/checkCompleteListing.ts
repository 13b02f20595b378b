import type { OperationName } from "../../contracts/operationCatalogue.ts";
import type { ModelOutcome } from "../../model/index.ts";
import type { Outcome } from "../../targets/outcome.ts";
import type { Divergence } from "../judging/Divergence.ts";
import { checkListWalk } from "./checkListWalk.ts";

function arnsOf(output: Readonly<Record<string, unknown>>): string[] {
  const items = output.ingestionDestinations;
  return Array.isArray(items) ? items.map((item: { arn?: unknown } | null) => String(item?.arn)) : [];
}

/**
 * A first page answered without nextToken is the whole list (documented: list.nextToken), whatever the page
 * size and order the model assumes. When the oracle's prediction is the whole list too, the two are held to
 * each other as sets, like a walk over every page: nothing missing, nothing extra, nothing twice. Destinations
 * only: the oracle knows every destination of the ingestions a run uses (live sandboxes seed it with theirs).
 */
export function checkCompleteListing(operation: OperationName, sent: Readonly<Record<string, unknown>>, outcome: Outcome, prediction: ModelOutcome): Divergence[] {
  if (operation !== "ListIngestionDestinations" || sent.nextToken !== undefined || !outcome.ok || !prediction.ok) return [];
  if (outcome.output.nextToken !== undefined || prediction.output.nextToken !== undefined) return [];
  return checkListWalk(operation, arnsOf(outcome.output), arnsOf(prediction.output));
}
