import type { ModelOutcome } from "../model/index.ts";

/** The most fieldList entries an answer carries: a body of thousands of bad members must not earn an answer of megabytes. */
export const MAX_FIELD_LIST = 100;

/**
 * A ValidationException's fieldList cut to its first MAX_FIELD_LIST entries, its message then saying how many
 * there were in all; every other outcome as it is.
 */
export function capFieldList(outcome: ModelOutcome): ModelOutcome {
  if (outcome.ok || outcome.error.name !== "ValidationException") return outcome;
  const fieldList = outcome.error.members["fieldList"];
  if (!Array.isArray(fieldList) || fieldList.length <= MAX_FIELD_LIST) return outcome;
  const message = `${fieldList.length} validation errors detected; fieldList holds the first ${MAX_FIELD_LIST}`;
  return { ...outcome, error: { ...outcome.error, members: { ...outcome.error.members, message, fieldList: fieldList.slice(0, MAX_FIELD_LIST) } } };
}
