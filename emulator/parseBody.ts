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
  const misplaced = Object.keys(value).filter((name) => bound.has(name));
  if (misplaced.length > 0) {
    const fieldList = misplaced.map((name) => ({ name, message: `is bound to the URI or query string of ${spec.name}, not the body` }));
    const message = `${misplaced.join(", ")} must not appear in the request body`;
    return { ok: false, error: validationError(message, "fieldValidationFailed", fieldList) };
  }
  return { ok: true, members: { ...(value as Record<string, unknown>) } };
}
