import { validationError } from "../errors.ts";
import { textMember } from "../inputMembers.ts";
import { locateIngestion } from "../locate.ts";
import { notFound } from "../notFound.ts";
import { fail, succeed, type Handler } from "../transition.ts";

export const deleteIngestion: Handler = (state, input) => {
  const found = locateIngestion(state, input);
  if (!found.ok) return notFound(state, textMember(input, "ingestionIdentifier"), "Ingestion", found.basis);
  const { ingestion } = found.value;
  const precondition = ingestion.state === "enabled"
    ? "The ingestion must be stopped before it can be deleted"
    : state.destinations.some((d) => d.ingestionId === ingestion.id)
      ? "The ingestion still has ingestion destinations; delete them first"
      : undefined;
  if (precondition !== undefined) {
    return fail(state, validationError(precondition, "other", "ingestion.delete.preconditionError"),
      [...found.basis, "ingestion.delete.preconditions"], ["ingestion.delete.preconditionError"]);
  }
  return succeed({ ...state, ingestions: state.ingestions.filter((i) => i.id !== ingestion.id) }, {},
    [...found.basis, "ingestion.delete.preconditions"], ["output.empty"]);
};
