import { UUID_PATTERN } from "../contracts/constraints.ts";
import { OPERATIONS, type OperationName } from "../contracts/operationCatalogue.ts";
import type { Exchange } from "../targets/outcome.ts";

/**
 * Headers that differ between any two sends, or follow from what is compared already: the signature and its
 * inputs, the date, the client's identity and invocation bookkeeping, the host (two emulators, two ports),
 * and the body's length and hash (the body itself is compared as JSON).
 */
const VOLATILE_HEADERS = new Set([
  "authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256", "user-agent", "x-amz-user-agent",
  "amz-sdk-invocation-id", "amz-sdk-request", "host", "content-length",
]);

const UUID = new RegExp(UUID_PATTERN);
export const AUTO_FILLED = "(auto-filled uuid)";

function bodyOf(request: Exchange["request"]): unknown {
  if (request.body === "") return undefined;
  try {
    return JSON.parse(request.body);
  } catch {
    return request.body;
  }
}

/**
 * A request as the gate compares it: method, path, query, body (parsed, so key order and whitespace do not
 * count) and the headers that carry meaning. A clientToken the caller did not give is filled by the client
 * with a fresh UUID, so a UUID there compares as "auto-filled"; anything else in its place stays, and differs.
 */
export function normalizeRequest(operation: OperationName, input: Readonly<Record<string, unknown>>, request: Exchange["request"]): Record<string, unknown> {
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !VOLATILE_HEADERS.has(name)));
  let body = bodyOf(request);
  const token = OPERATIONS[operation].idempotencyToken;
  if (token !== undefined && input[token] === undefined && body !== null && typeof body === "object" && !Array.isArray(body)) {
    const filled = (body as Record<string, unknown>)[token];
    if (typeof filled === "string" && UUID.test(filled)) body = { ...body, [token]: AUTO_FILLED };
  }
  return { method: request.method, path: request.path, query: request.query, headers, ...(body === undefined ? {} : { body }) };
}
