import type { Handle } from "./types.ts";

/** A dotted member path (`tags.0.key`) as a JSON Pointer (`/tags/0/key`). */
function toPointer(name: string): string {
  return name === "" ? "" : name.split(".").map((segment) => `/${segment.replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/**
 * ValidationException's fieldList names members as JSON Pointers. The format of ValidationExceptionField.name
 * is undocumented, so this is no bug.
 */
export function jsonPointerFieldNames(handle: Handle): Handle {
  return (operation, input) => {
    const outcome = handle(operation, input);
    const fieldList = outcome.ok ? undefined : outcome.error.members.fieldList;
    if (outcome.ok || !Array.isArray(fieldList)) return outcome;
    const renamed = fieldList.map((field: { name?: unknown }) => ({ ...field, name: toPointer(String(field.name)) }));
    return { ...outcome, error: { ...outcome.error, members: { ...outcome.error.members, fieldList: renamed } } };
  };
}
