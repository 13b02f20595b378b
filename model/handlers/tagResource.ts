import { kindOfArn } from "../arns.ts";
import { validationError } from "../errors.ts";
import { tagsMember, textMember } from "../inputMembers.ts";
import { locateTagged } from "../locateTagged.ts";
import { notFound } from "../notFound.ts";
import { mergeTags, TAG_LIMIT, withTags } from "../tags.ts";
import { fail, succeed, type Handler } from "../transition.ts";

export const tagResource: Handler = (state, input, env) => {
  const arn = textMember(input, "resourceArn");
  const { record, basis } = locateTagged(state, arn, env);
  if (record === undefined) return notFound(state, arn, kindOfArn(arn), basis);
  const merged = mergeTags(record.tags, tagsMember(input, "tags"));
  if (merged.length > TAG_LIMIT) {
    return fail(state, validationError(`A resource can have at most ${TAG_LIMIT} tags`, "other", "tags.limit.error"),
      [...basis, "tags.limit"], ["tags.limit.error"]);
  }
  return succeed(withTags(state, arn, merged), {}, [...basis, "tags.limit"], ["output.empty"]);
};
