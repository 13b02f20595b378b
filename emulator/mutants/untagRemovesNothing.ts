import type { Mutant } from "./Mutant.ts";

/** UntagResource is acknowledged but never reaches the tag store: the tags it names stay. */
export const untagRemovesNothing: Mutant = {
  name: "untag-removes-nothing",
  class: "semantics",
  description: "UntagResource answers 200 and the tags stay",
  caughtBy: [{ kind: "model", check: "tags-set", operation: "ListTagsForResource" }],
  handle: (handle) => (operation, input) => {
    if (operation !== "UntagResource") return handle(operation, input);
    const before = handle("ListTagsForResource", { resourceArn: input.resourceArn });
    const outcome = handle(operation, input);
    if (outcome.ok && before.ok) handle("TagResource", { resourceArn: input.resourceArn, tags: before.output.tags });
    return outcome;
  },
};
