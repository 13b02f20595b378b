import type { Mutant } from "./Mutant.ts";

/** Create accepts and answers as usual, but the tags that came with it never reach the tag store. */
export const tagsLost: Mutant = {
  name: "tags-lost",
  class: "semantics",
  description: "CreateIngestionDestination succeeds but does not keep the tags it was given",
  // A TagResource beyond the 50 the created tags leave room for, accepted, is the same loss seen from the limit.
  caughtBy: [{ kind: "model", check: "tags-set", operation: "ListTagsForResource" }, { kind: "model", check: "outcome.unexpected-success", operation: "TagResource" }],
  handle: (handle) => (operation, input) => {
    const outcome = handle(operation, input);
    if (operation !== "CreateIngestionDestination" || !outcome.ok || !Array.isArray(input.tags)) return outcome;
    const resourceArn = (outcome.output.ingestionDestination as { arn: string }).arn;
    handle("UntagResource", { resourceArn, tagKeys: input.tags.map((tag: { key?: unknown }) => tag.key) });
    return outcome;
  },
};
