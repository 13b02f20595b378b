import type { Contract } from "../../contracts/contract.ts";
import { ERRORS, isErrorName } from "../../contracts/errorCatalogue.ts";
import { OPERATIONS, type OperationName, type OperationSpec } from "../../contracts/operationCatalogue.ts";
import { requestInput } from "../../contracts/requestInput.ts";
import type { Exchange } from "../../targets/outcome.ts";
import type { Divergence } from "../judging/Divergence.ts";
import { schemaDivergences } from "./schemaDivergences.ts";

/** The error type as restJson1 clients sanitise it: before the first `:`, after the first `#`. */
export function sanitizeErrorType(raw: string): string {
  const head = raw.split(":")[0] ?? "";
  return head.includes("#") ? head.slice(head.indexOf("#") + 1) : head;
}

/**
 * restJson1 treats a structure member sent as null like an absent one, and a union is "exactly one non-null
 * member": nulls are dropped before the schema sees the body, so a server that sends them is not blamed.
 * (AppFabric has no sparse lists or maps, where null would mean something.)
 */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member !== null) Object.defineProperty(out, key, { value: withoutNulls(member), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function parseJson(body: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: withoutNulls(JSON.parse(body)) };
  } catch {
    return { ok: false };
  }
}

/** A page holds at most the maxResults the request asked for (MaxResults: "the maximum number of results returned per call"). */
function pageOverflow(spec: OperationSpec, sent: Readonly<Record<string, unknown>> | undefined, body: unknown): string | undefined {
  const asked = sent?.["maxResults"];
  if (spec.pageItems === undefined || typeof asked !== "number" || typeof body !== "object" || body === null) return undefined;
  const items = (body as Record<string, unknown>)[spec.pageItems];
  return Array.isArray(items) && items.length > asked ? `a page of ${items.length} ${spec.pageItems} answered maxResults ${asked}` : undefined;
}

/** One exchange held to the restJson1 binding of its operation: route, status, headers and raw body. */
function checkExchange(contract: Contract, operation: OperationName, exchange: Exchange): Divergence[] {
  const spec = OPERATIONS[operation];
  const out: Divergence[] = [];
  const wire = (check: string, message: string, subject = `wire.${check}`) => out.push({ kind: "wire", operation, check, subject, basis: [], message });
  const sent = requestInput(exchange.request);
  if (sent?.operation !== operation) {
    wire("request-route", `${exchange.request.method} ${exchange.request.path} does not bind to ${operation} (${spec.method} ${spec.uri})`);
  }
  const { response } = exchange;
  if (!response) return out;
  const type = response.headers["x-amzn-errortype"];
  const hasBody = response.body.length > 0;
  if (hasBody && !/^application\/json\b/i.test(response.headers["content-type"] ?? "")) {
    wire("content-type", `HTTP ${response.status} body came as ${JSON.stringify(response.headers["content-type"] ?? "(none)")}; restJson1 sends application/json`);
  }
  const json = hasBody ? parseJson(response.body) : { ok: true as const, value: {} };
  if (!json.ok) wire("json-body", `HTTP ${response.status} body is not JSON: ${response.body.slice(0, 80)}`);
  if (response.status >= 200 && response.status < 300) {
    if (response.status !== spec.successStatus) wire("success-status", `succeeded with HTTP ${response.status}; documented ${spec.successStatus}`);
    if (json.ok) {
      const violations = contract.checkOutput(operation, json.value);
      out.push(...schemaDivergences("contract", operation, "output-schema", "response body", "", violations));
      const overflow = pageOverflow(spec, sent?.input, json.value);
      if (overflow !== undefined) wire("page-size", overflow, spec.pageItems);
    }
    return out;
  }
  if (type === undefined) {
    wire("error-type-header", `HTTP ${response.status} error without the X-Amzn-Errortype header restJson1 servers must send`);
    return out;
  }
  const name = sanitizeErrorType(type);
  if (isErrorName(name) && response.status !== ERRORS[name].status) {
    wire("error-status", `${name} came with HTTP ${response.status}; documented ${ERRORS[name].status}`, `status.${name}`);
  }
  if (isErrorName(name) && json.ok) {
    const violations = contract.checkError(name, json.value);
    out.push(...schemaDivergences("contract", operation, "error-schema", `${name} body`, name, violations));
  }
  const retryAfter = response.headers["retry-after"];
  if (retryAfter !== undefined && !/^\d+$/.test(retryAfter.trim())) {
    wire("retry-after", `Retry-After ${JSON.stringify(retryAfter)} is not an integer number of seconds`);
  }
  return out;
}

/** Every exchange of a call, retried attempts included, held to the wire binding. */
export function checkWire(contract: Contract, operation: OperationName, exchanges: readonly Exchange[]): Divergence[] {
  return exchanges.flatMap((exchange) => checkExchange(contract, operation, exchange));
}
