import type { Mutant } from "./Mutant.ts";
import { rewriteStoredTags } from "./rewriteStoredTags.ts";

/** Tag values stored without their trailing white space. */
export const tagValuesTrimmed: Mutant = {
  name: "tag-values-trimmed",
  class: "semantics",
  description: "tag values are stored with trailing white space trimmed",
  caughtBy: [{ kind: "model", check: "tags-set", operation: "ListTagsForResource" }],
  handle: rewriteStoredTags(({ key, value }) => ({ key, value: value.trimEnd() })),
};
