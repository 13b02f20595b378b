import { conflict } from "../errors.ts";
import { textMember } from "../inputMembers.ts";
import { locateBundle } from "../locate.ts";
import { fail, succeed, type Handler } from "../transition.ts";

export const deleteAppBundle: Handler = (state, input) => {
  const found = locateBundle(state, input);
  if (!found.ok) return succeed(state, {}, [...found.basis, "appBundle.delete.missing"], ["output.empty"]);
  const { bundle } = found.value;
  if (state.ingestions.some((i) => i.appBundleId === bundle.id)) {
    const identifier = textMember(input, "appBundleIdentifier");
    return fail(state, conflict("The app bundle still has ingestions; delete them first", identifier, "AppBundle", "appBundle.delete.conflict"),
      [...found.basis, "appBundle.delete.conflict"], ["appBundle.delete.conflict"]);
  }
  return succeed({ ...state, appBundles: state.appBundles.filter((b) => b.id !== bundle.id) }, {},
    [...found.basis, "appBundle.delete.conflict"], ["output.empty"]);
};
