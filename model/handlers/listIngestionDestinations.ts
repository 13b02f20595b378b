import { textMember } from "../inputMembers.ts";
import { listPage } from "../listPage.ts";
import { locateIngestion } from "../locate.ts";
import { notFound } from "../notFound.ts";
import { arnSummary } from "../outputs.ts";
import type { Handler } from "../transition.ts";

export const listIngestionDestinations: Handler = (state, input) => {
  const found = locateIngestion(state, input);
  if (!found.ok) return notFound(state, textMember(input, "ingestionIdentifier"), "IngestionDestination", found.basis);
  const { ingestion } = found.value;
  return listPage(state, input, `ListIngestionDestinations:${ingestion.id}`, "ingestionDestinations",
    state.destinations.filter((d) => d.ingestionId === ingestion.id), arnSummary, found.basis, ["arn.format"]);
};
