import { formatCombinationBasis } from "../formatCombination.ts";
import { textMember } from "../inputMembers.ts";
import { locateDestination } from "../locate.ts";
import { notFound } from "../notFound.ts";
import { destinationOutput } from "../outputs.ts";
import { toPlainData } from "../plainData.ts";
import type { DestinationRecord } from "../state.ts";
import { succeed, type Handler } from "../transition.ts";
import { DESTINATION_VALUES } from "./createIngestionDestination.ts";

export const updateIngestionDestination: Handler = (state, input, env) => {
  const found = locateDestination(state, input);
  if (!found.ok) return notFound(state, textMember(input, "ingestionDestinationIdentifier"), "IngestionDestination", found.basis);
  const { destination } = found.value;
  const updated: DestinationRecord = {
    ...destination,
    destinationConfiguration: toPlainData(input["destinationConfiguration"]),
    updatedAt: Math.max(env.now().getTime(), destination.updatedAt),
  };
  const destinations = state.destinations.map((d) => (d.id === destination.id ? updated : d));
  return succeed({ ...state, destinations }, { ingestionDestination: destinationOutput(updated) },
    [...found.basis, ...formatCombinationBasis(destination.processingConfiguration, input["destinationConfiguration"])],
    [...DESTINATION_VALUES, "destination.update.processingImmutable", "destination.update.replace", "destination.update.updatedAt", "output.form"]);
};
