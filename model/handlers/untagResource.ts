import { kindOfArn } from "../arns.ts";
import { findResource } from "../findResource.ts";
import { textListMember, textMember } from "../inputMembers.ts";
import { notFound } from "../notFound.ts";
import { removeTags, withTags } from "../tags.ts";
import { succeed, type Handler } from "../transition.ts";

export const untagResource: Handler = (state, input) => {
  const arn = textMember(input, "resourceArn");
  const record = findResource(state, arn);
  if (record === undefined) return notFound(state, arn, kindOfArn(arn), ["identifier.arnExact"]);
  return succeed(withTags(state, arn, removeTags(record.tags, textListMember(input, "tagKeys"))), {},
    ["tags.untag", "output.empty"]);
};
