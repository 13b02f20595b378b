import type { Mutant } from "./Mutant.ts";
import { rewriteStoredTags } from "./rewriteStoredTags.ts";

/** Tags stored in Unicode's composed form: a decomposed e and accent come back as é, and merge with an é key. */
export const tagsNormalisedNfc: Mutant = {
  name: "tags-normalised-nfc",
  class: "semantics",
  description: "tag keys and values are stored normalised to NFC",
  caughtBy: [{ kind: "model", check: "tags-set", operation: "ListTagsForResource" }],
  handle: rewriteStoredTags(({ key, value }) => ({ key: key.normalize("NFC"), value: value.normalize("NFC") })),
};
