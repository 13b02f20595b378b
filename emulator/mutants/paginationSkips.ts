import type { Mutant } from "./Mutant.ts";

/** A page that is not the last loses its last item: the next page starts after it. */
export const paginationSkips: Mutant = {
  name: "pagination-skips",
  class: "semantics",
  description: "ListIngestionDestinations drops the last item of every page but the last",
  caughtBy: [
    { kind: "model", check: "list-skips", operation: "ListIngestionDestinations" },
    { kind: "model", check: "output.ingestionDestinations", operation: "ListIngestionDestinations" },
  ],
  handle: (handle) => (operation, input) => {
    const outcome = handle(operation, input);
    if (operation !== "ListIngestionDestinations" || !outcome.ok || outcome.output.nextToken === undefined) return outcome;
    const items = outcome.output.ingestionDestinations as unknown[];
    return { ...outcome, output: { ...outcome.output, ingestionDestinations: items.slice(0, -1) } };
  },
};
