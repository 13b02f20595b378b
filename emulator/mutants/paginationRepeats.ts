import type { Mutant } from "./Mutant.ts";

/** A page's token points at its last item rather than after it: the next page starts with that item again. */
export const paginationRepeats: Mutant = {
  name: "pagination-repeats",
  class: "semantics",
  description: "ListIngestionDestinations repeats the last item of a page at the start of the next",
  caughtBy: [
    { kind: "model", check: "list-repeats", operation: "ListIngestionDestinations" },
    { kind: "model", check: "output.ingestionDestinations", operation: "ListIngestionDestinations" },
    // The repeated item makes the page one longer than the maxResults asked for.
    { kind: "wire", check: "page-size", operation: "ListIngestionDestinations" },
  ],
  handle: (handle) => {
    const lastItemBefore = new Map<string, unknown>();
    return (operation, input) => {
      const outcome = handle(operation, input);
      if (operation !== "ListIngestionDestinations" || !outcome.ok) return outcome;
      const items = outcome.output.ingestionDestinations as unknown[];
      const next = outcome.output.nextToken;
      if (typeof next === "string" && items.length > 0) lastItemBefore.set(next, items[items.length - 1]);
      const repeated = typeof input.nextToken === "string" ? lastItemBefore.get(input.nextToken) : undefined;
      if (repeated === undefined) return outcome;
      return { ...outcome, output: { ...outcome.output, ingestionDestinations: [repeated, ...items] } };
    };
  },
};
