import { kindOfArn } from "../arns.ts";
import { textMember } from "../inputMembers.ts";
import { locateTagged } from "../locateTagged.ts";
import { notFound } from "../notFound.ts";
import { tagsOutput } from "../tags.ts";
import { succeed, type Handler } from "../transition.ts";

export const listTagsForResource: Handler = (state, input, env) => {
  const arn = textMember(input, "resourceArn");
  const { record, basis } = locateTagged(state, arn, env);
  if (record === undefined) return notFound(state, arn, kindOfArn(arn), basis);
  return succeed(state, { tags: tagsOutput(record.tags) }, basis, ["tags.list", "tags.list.form", "output.form"]);
};
