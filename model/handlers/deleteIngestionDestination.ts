import { textMember } from "../inputMembers.ts";
import { locateDestination } from "../locate.ts";
import { notFound } from "../notFound.ts";
import { succeed, type Handler } from "../transition.ts";

/** The tags live on the record, so they go with it. */
export const deleteIngestionDestination: Handler = (state, input) => {
  const found = locateDestination(state, input);
  if (!found.ok) {
    return notFound(state, textMember(input, "ingestionDestinationIdentifier"), "IngestionDestination", found.basis);
  }
  const { destination } = found.value;
  return succeed({ ...state, destinations: state.destinations.filter((d) => d.id !== destination.id) }, {},
    found.basis, ["output.empty"]);
};
