import type { OperationSpec } from "../contracts/operationCatalogue.ts";
import type { ModelError } from "../model/index.ts";
import { validationError } from "./wireErrors.ts";

export type BodyMembers =
  | { readonly ok: true; readonly members: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly error: ModelError };

function isJsonMediaType(contentType: string | undefined): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/json";
}

/** UTF-8 JSON, or undefined when the bytes are not valid UTF-8 or not JSON. */
function parseJson(body: Buffer): { readonly value: unknown } | undefined {
  try {
    return { value: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body)) as unknown };
  } catch {
    return undefined;
  }
}

const cannotParse = (message: string): BodyMembers => ({ ok: false, error: validationError(message, "cannotParse") });

/**
 * The most JSON values (members and list items, at any depth) a body may hold. The largest valid input holds
 * under 200 (50 tags); validation takes time in proportion to the values, so a larger body is refused before it.
 */
export const MAX_BODY_VALUES = 1000;

/** The values in a JSON value, counted until they pass `atMost` (so a huge or deep body costs no more than that). */
function countValues(value: unknown, atMost: number): number {
  const pending: unknown[] = [value];
  let count = 1;
  while (pending.length > 0 && count <= atMost) {
    const next = pending.pop();
    if (typeof next !== "object" || next === null) continue;
    const children = Array.isArray(next) ? next : Object.values(next);
    count += children.length;
    if (count <= atMost) for (const child of children) pending.push(child);
  }
  return count;
}

/**
 * The JSON body's members, passed through unchanged: a member the operation does not model reaches the model,
 * whose contract validator rejects it. A member bound to the path or query is rejected here, since it would
 * otherwise compete with the label or query value of the same name.
 */
export function parseBody(spec: OperationSpec, body: Buffer, contentType: string | undefined,
  bound: ReadonlySet<string>): BodyMembers {
  if (body.length === 0) return { ok: true, members: {} };
  if (!isJsonMediaType(contentType)) {
    return cannotParse(`A request body must have content-type application/json, not ${JSON.stringify(contentType ?? "(none)")}`);
  }
  const parsed = parseJson(body);
  if (parsed === undefined) return cannotParse("The request body is not valid UTF-8 JSON");
  const { value } = parsed;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return cannotParse("The request body must be a JSON object");
  }
  if (countValues(value, MAX_BODY_VALUES) > MAX_BODY_VALUES) {
    return { ok: false, error: validationError(`The request body holds more than ${MAX_BODY_VALUES} JSON values; no valid input holds that many`, "other") };
  }
  const misplaced = Object.keys(value).filter((name) => bound.has(name));
  if (misplaced.length > 0) {
    const fieldList = misplaced.map((name) => ({ name, message: `is bound to the URI or query string of ${spec.name}, not the body` }));
    const message = `${misplaced.join(", ")} must not appear in the request body`;
    return { ok: false, error: validationError(message, "fieldValidationFailed", fieldList) };
  }
  return { ok: true, members: { ...(value as Record<string, unknown>) } };
}
