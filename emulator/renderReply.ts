import { ERRORS, isErrorName } from "../contracts/errorCatalogue.ts";
import type { OperationSpec } from "../contracts/operationCatalogue.ts";
import { toWireJson } from "../contracts/toWireJson.ts";
import type { ModelError, ModelOutcome } from "../model/index.ts";
import type { Reply } from "./types.ts";
import { internalError } from "./wireErrors.ts";

const JSON_TYPE = { "content-type": "application/json" } as const;

function jsonText(value: unknown): string {
  return JSON.stringify(toWireJson(value) ?? {});
}

/** An integer header value, or undefined when the member is absent or not a non-negative integer. */
function headerValue(value: unknown): string | undefined {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? String(value) : undefined;
}

/**
 * An error on the wire (AWS restJson1 protocol; the AppFabric API model): its documented status,
 * X-Amzn-Errortype with the shape name, the body members as JSON and the header-bound members
 * (retryAfterSeconds -> Retry-After) as headers. An error name outside the catalogue would be no documented
 * reply, so it becomes InternalServerException.
 */
export function renderError(error: ModelError): Reply {
  const name = error.name;
  if (!isErrorName(name)) return renderError(internalError(`The emulator produced an unmodeled error ${name}`, 0));
  const spec = ERRORS[name];
  const { members } = error;
  const body = Object.fromEntries(spec.bodyMembers.filter((m) => members[m] !== undefined).map((m) => [m, members[m]]));
  const headers: Record<string, string> = { ...JSON_TYPE, "X-Amzn-Errortype": spec.name };
  for (const [member, header] of Object.entries(spec.headerMembers)) {
    const value = headerValue(members[member]);
    if (value !== undefined) headers[header] = value;
  }
  return { status: spec.status, headers, body: jsonText(body) };
}

/** The default response writing: the documented success status and JSON output (none for 204), or the error. */
export function renderOutcome(spec: OperationSpec, outcome: ModelOutcome): Reply {
  if (!outcome.ok) return renderError(outcome.error);
  if (spec.successStatus === 204) return { status: 204, headers: {}, body: "" };
  return { status: spec.successStatus, headers: JSON_TYPE, body: jsonText(outcome.output) };
}
