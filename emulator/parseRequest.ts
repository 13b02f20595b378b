import { labelsOf, type OperationSpec } from "../contracts/operationCatalogue.ts";
import type { ModelError, ModelInput } from "../model/index.ts";
import type { DecodedUrl } from "./decodeUrl.ts";
import { parseBody } from "./parseBody.ts";
import { parseQuery } from "./parseQuery.ts";
import type { Router } from "./router.ts";
import { validationError } from "./wireErrors.ts";

/** What the wire layer makes of a request: an operation and its input in SDK form, or a wire-level error. */
export type ParsedRequest =
  | { readonly ok: true; readonly spec: OperationSpec; readonly input: ModelInput }
  | { readonly ok: false; readonly error: ModelError };

export interface RequestParts {
  readonly method: string;
  readonly url: DecodedUrl;
  readonly contentType: string | undefined;
  readonly body: Buffer;
}

/** Keeps an echoed request target short in messages. */
function shorten(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}...` : text;
}

/** Routes a request and binds labels, query and body members into one input, as the SDK's command input. */
export function parseRequest(route: Router, parts: RequestParts): ParsedRequest {
  const match = route(parts.method, parts.url.segments);
  if (match === undefined) {
    const message = `No AppFabric operation is bound to ${shorten(parts.method)} ${shorten(parts.url.rawPath)}`;
    return { ok: false, error: validationError(message, "unknownOperation") };
  }
  const { spec, labels } = match;
  const bound = new Set([...labelsOf(spec), ...Object.keys(spec.query)]);
  const body = parseBody(spec, parts.body, parts.contentType, bound);
  if (!body.ok) return body;
  return { ok: true, spec, input: { ...body.members, ...parseQuery(spec, parts.url.query), ...labels } };
}
