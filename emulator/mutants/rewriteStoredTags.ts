import type { ModelInput } from "../../model/index.ts";
import type { Handle } from "../types.ts";

type Tag = { readonly key: string; readonly value: string };

/**
 * A tag store that changes what it keeps: the tags of a create or a TagResource are rewritten before the model
 * stores them, and the answer (which carries no tags) is the same. Only a listing shows it.
 */
export function rewriteStoredTags(rewrite: (tag: Tag) => Tag): (handle: Handle) => Handle {
  return (handle) => (operation, input) => {
    if (!Array.isArray(input.tags)) return handle(operation, input);
    const tags = input.tags.map((tag: unknown) => (typeof (tag as Tag)?.key === "string" && typeof (tag as Tag)?.value === "string" ? rewrite(tag as Tag) : tag));
    return handle(operation, { ...input, tags } as ModelInput);
  };
}
