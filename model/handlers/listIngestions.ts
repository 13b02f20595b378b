import { textMember } from "../inputMembers.ts";
import { listPage } from "../listPage.ts";
import { locateBundle } from "../locate.ts";
import { notFound } from "../notFound.ts";
import { ingestionSummary } from "../outputs.ts";
import type { Handler } from "../transition.ts";

export const listIngestions: Handler = (state, input) => {
  const found = locateBundle(state, input);
  if (!found.ok) return notFound(state, textMember(input, "appBundleIdentifier"), "Ingestion", found.basis);
  const { bundle } = found.value;
  return listPage(state, input, `ListIngestions:${bundle.id}`, "ingestions",
    state.ingestions.filter((i) => i.appBundleId === bundle.id), ingestionSummary, found.basis,
    ["arn.format", "ingestion.create.state", "ingestion.startStop"]);
};
