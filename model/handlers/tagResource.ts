import { kindOfArn } from "../arns.ts";
import { validationError } from "../errors.ts";
import { findResource } from "../findResource.ts";
import { tagsMember, textMember } from "../inputMembers.ts";
import { notFound } from "../notFound.ts";
import { mergeTags, TAG_LIMIT, withTags } from "../tags.ts";
import { fail, succeed, type Handler } from "../transition.ts";

export const tagResource: Handler = (state, input) => {
  const arn = textMember(input, "resourceArn");
  const record = findResource(state, arn);
  if (record === undefined) return notFound(state, arn, kindOfArn(arn), ["identifier.arnExact"]);
  const merged = mergeTags(record.tags, tagsMember(input, "tags"));
  if (merged.length > TAG_LIMIT) {
    return fail(state, validationError(`A resource can have at most ${TAG_LIMIT} tags`, "other"), ["tags.merge", "tags.limit"]);
  }
  return succeed(withTags(state, arn, merged), {}, ["tags.merge", "tags.limit", "output.empty"]);
};
