import { textMember } from "../inputMembers.ts";
import { locateBundle } from "../locate.ts";
import { notFound } from "../notFound.ts";
import { appBundleOutput } from "../outputs.ts";
import { succeed, type Handler } from "../transition.ts";

export const getAppBundle: Handler = (state, input) => {
  const found = locateBundle(state, input);
  if (!found.ok) return notFound(state, textMember(input, "appBundleIdentifier"), "AppBundle", found.basis);
  return succeed(state, { appBundle: appBundleOutput(found.value.bundle) }, found.basis, ["arn.format", "appBundle.create.kmsKey", "output.form"]);
};
