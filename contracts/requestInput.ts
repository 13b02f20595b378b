import { matchRoute } from "./matchRoute.ts";
import type { OperationName } from "./operationCatalogue.ts";
import { propertiesOf } from "./sdkFormOf.ts";
import { INPUT_SCHEMAS } from "./schemas/inputs.ts";

/** An HTTP request as a client put it on the wire: the path percent-encoded, query values decoded. */
export interface WireRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string | readonly string[]>>;
  readonly body: string;
}

/** A query value typed by its member's schema: lists stay lists, integers become numbers when they are. */
function queryValue(type: unknown, values: readonly string[]): unknown {
  if (type === "array") return [...values];
  if (values.length !== 1) return [...values];
  const [text] = values as [string];
  return type === "integer" && /^-?\d+$/.test(text) ? Number(text) : text;
}

function bodyMembers(body: string): Readonly<Record<string, unknown>> | undefined {
  if (body === "") return {};
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What a request says, read back into the SDK input form under the contract's restJson1 binding: labels,
 * query members and body members side by side. Undefined when the request binds to no operation or its body
 * is no JSON object. Built from the contract alone, so what the emulator makes of a request is not taken on trust.
 */
export function requestInput(request: WireRequest): { readonly operation: OperationName; readonly input: Readonly<Record<string, unknown>> } | undefined {
  const route = matchRoute(request.method, request.path);
  const body = bodyMembers(request.body);
  if (route === undefined || body === undefined) return undefined;
  const types = propertiesOf(INPUT_SCHEMAS[route.spec.name]);
  const query = Object.entries(route.spec.query).flatMap(([member, key]) => {
    const raw = request.query[key];
    const values = raw === undefined ? [] : typeof raw === "string" ? [raw] : raw;
    // An empty list puts no key in the query string: on the wire, the member is absent.
    if (values.length === 0) return [];
    return [[member, queryValue(types[member]?.type, values)] as const];
  });
  return { operation: route.spec.name, input: { ...body, ...Object.fromEntries(query), ...route.labels } };
}
