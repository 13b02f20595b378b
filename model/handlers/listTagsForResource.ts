import { kindOfArn } from "../arns.ts";
import { findResource } from "../findResource.ts";
import { textMember } from "../inputMembers.ts";
import { notFound } from "../notFound.ts";
import { tagsOutput } from "../tags.ts";
import { succeed, type Handler } from "../transition.ts";

export const listTagsForResource: Handler = (state, input) => {
  const arn = textMember(input, "resourceArn");
  const record = findResource(state, arn);
  if (record === undefined) return notFound(state, arn, kindOfArn(arn), ["identifier.arnExact"]);
  return succeed(state, { tags: tagsOutput(record.tags) }, ["tags.list", "output.form"]);
};
