import { withinAwsTagRules } from "../model/brokenAwsRules.ts";
import type { Handle } from "./types.ts";
import { validationError } from "./wireErrors.ts";

/** The tag keys of a request, each with the member path a fieldList names it by. */
function tagKeys(input: Readonly<Record<string, unknown>>): { readonly name: string; readonly key: unknown }[] {
  const tags = Array.isArray(input.tags) ? input.tags.map((tag: { key?: unknown } | null, i) => ({ name: `tags.${i}.key`, key: tag?.key })) : [];
  const keys = Array.isArray(input.tagKeys) ? input.tagKeys.map((key: unknown, i) => ({ name: `tagKeys.${i}`, key })) : [];
  return [...tags, ...keys];
}

/**
 * Tag keys outside AWS's general tagging rules (a combining accent, "#", "%") refused with ValidationException,
 * in a create, a TagResource or an UntagResource, as a service applying those rules to its TagKey would.
 * AppFabric's model sets no pattern on TagKey, so a service may go either way: no bug.
 */
export function refusesTagKeysBeyondAwsRules(handle: Handle): Handle {
  return (operation, input) => {
    const beyond = tagKeys(input).filter(({ key }) => typeof key === "string" && !withinAwsTagRules(key));
    if (beyond.length === 0) return handle(operation, input);
    return { ok: false, basis: [], error: validationError(`${beyond.length} validation error(s) detected`, "fieldValidationFailed",
      beyond.map(({ name }) => ({ name, message: "must match the pattern ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$" }))) };
  };
}
