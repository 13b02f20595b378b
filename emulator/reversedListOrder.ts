import type { ModelInput } from "../model/index.ts";
import type { Handle } from "./types.ts";

const LIST = "ListIngestionDestinations";
const TOKEN = /^reversed-below-(\d+)$/;
/** The largest page the contract allows: the whole list is read in as few calls as possible. */
const MAX_RESULTS = 100;

type Item = { readonly arn: string };

/** Every destination of the list, in the model's (creation) order, page after page. */
function wholeList(handle: Handle, input: ModelInput): Item[] {
  const items: Item[] = [];
  let nextToken: unknown;
  do {
    const page = handle(LIST, { ...input, maxResults: MAX_RESULTS, ...(nextToken === undefined ? {} : { nextToken }) });
    if (!page.ok) break;
    items.push(...(page.output.ingestionDestinations as Item[]));
    nextToken = page.output.nextToken;
  } while (nextToken !== undefined);
  return items;
}

/**
 * ListIngestionDestinations newest first: the list order is undocumented, so this is no bug. Pages are cut from
 * the whole list, as large as the model's would be; a token names the creation rank of the last destination
 * it returned, so the next page starts below it even when destinations come and go between pages: nothing is
 * skipped, nothing repeated. A token this wrapper did not issue is the model's to judge.
 */
export function reversedListOrder(handle: Handle): Handle {
  const rank = new Map<string, number>();
  return (operation, input) => {
    if (operation !== LIST) {
      const outcome = handle(operation, input);
      const created = operation === "CreateIngestionDestination" && outcome.ok ? (outcome.output.ingestionDestination as Item).arn : undefined;
      if (created !== undefined && !rank.has(created)) rank.set(created, rank.size);
      return outcome;
    }
    const token = typeof input.nextToken === "string" ? TOKEN.exec(input.nextToken) : undefined;
    if (input.nextToken !== undefined && !token) return handle(operation, input);
    const { nextToken: _, ...fromStart } = input;
    const first = handle(operation, fromStart);
    if (!first.ok) return first;
    const pageSize = first.output.nextToken === undefined ? Infinity : (first.output.ingestionDestinations as Item[]).length;
    const below = token ? Number(token[1]) : Infinity;
    const remaining = wholeList(handle, fromStart).map((item) => ({ item, rank: rank.get(item.arn) ?? -1 }))
      .filter((entry) => entry.rank < below).sort((a, b) => b.rank - a.rank);
    const page = remaining.slice(0, pageSize);
    const last = page.at(-1);
    const more = last !== undefined && remaining.length > page.length ? { nextToken: `reversed-below-${last.rank}` } : {};
    return { ...first, output: { ingestionDestinations: page.map((entry) => entry.item), ...more } };
  };
}
