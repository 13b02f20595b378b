import { textMember } from "../inputMembers.ts";
import { locateIngestion } from "../locate.ts";
import { notFound } from "../notFound.ts";
import { ingestionOutput } from "../outputs.ts";
import { succeed, type Handler } from "../transition.ts";
import { INGESTION_VALUES } from "./createIngestion.ts";

export const getIngestion: Handler = (state, input) => {
  const found = locateIngestion(state, input);
  if (!found.ok) return notFound(state, textMember(input, "ingestionIdentifier"), "Ingestion", found.basis);
  return succeed(state, { ingestion: ingestionOutput(found.value.ingestion) }, found.basis, [...INGESTION_VALUES, "output.form"]);
};
