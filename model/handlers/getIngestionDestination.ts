import { textMember } from "../inputMembers.ts";
import { locateDestination } from "../locate.ts";
import { notFound } from "../notFound.ts";
import { destinationOutput } from "../outputs.ts";
import { succeed, type Handler } from "../transition.ts";
import { DESTINATION_VALUES } from "./createIngestionDestination.ts";

export const getIngestionDestination: Handler = (state, input) => {
  const found = locateDestination(state, input);
  if (!found.ok) return notFound(state, textMember(input, "ingestionDestinationIdentifier"), "IngestionDestination", found.basis);
  return succeed(state, { ingestionDestination: destinationOutput(found.value.destination) },
    found.basis, [...DESTINATION_VALUES, "output.form"]);
};
