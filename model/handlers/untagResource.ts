import { kindOfArn } from "../arns.ts";
import { textListMember, textMember } from "../inputMembers.ts";
import { locateTagged } from "../locateTagged.ts";
import { notFound } from "../notFound.ts";
import { removeTags, withTags } from "../tags.ts";
import { succeed, type Handler } from "../transition.ts";

export const untagResource: Handler = (state, input, env) => {
  const arn = textMember(input, "resourceArn");
  const { record, basis } = locateTagged(state, arn, env);
  if (record === undefined) return notFound(state, arn, kindOfArn(arn), basis);
  const keys = textListMember(input, "tagKeys");
  const unknownKeys = keys.some((key) => !record.tags.some((t) => t.key === key));
  return succeed(withTags(state, arn, removeTags(record.tags, keys)), {},
    unknownKeys ? [...basis, "tags.untag.unknownKeys"] : basis, ["output.empty"]);
};
