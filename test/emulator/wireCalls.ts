/** Catalogue-driven calls for the emulator tests: method and path come from OPERATIONS, checks from the contract. */
import type { Agent } from "node:http";
import * as assert from "uvu/assert";
import { createContract } from "../../contracts/contract.ts";
import { ERRORS, type ErrorName } from "../../contracts/errorCatalogue.ts";
import { OPERATIONS, type OperationName } from "../../contracts/operationCatalogue.ts";
import { sendSigned, type RawResponse } from "./rawHttp.ts";

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const contract = createContract();

export interface CallParts {
  readonly labels?: Readonly<Record<string, string>>;
  /** Raw query string, without `?`. */
  readonly query?: string;
  readonly body?: unknown;
  /** How a label is put in the path; default encodeURIComponent (`:` -> %3A, `/` -> %2F). */
  readonly encode?: (label: string) => string;
}

/** The request target of an operation from its URI template. */
export function targetOf(op: OperationName, parts: CallParts = {}): string {
  const encode = parts.encode ?? encodeURIComponent;
  const path = OPERATIONS[op].uri.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = parts.labels?.[name];
    if (value === undefined) throw new Error(`${op} needs label ${name}`);
    return encode(value);
  });
  return parts.query === undefined ? path : `${path}?${parts.query}`;
}

/** A signed call of an operation at its catalogue method and URI. */
export function callOperation(baseUrl: string, op: OperationName, parts: CallParts = {}, agent?: Agent): Promise<RawResponse> {
  const body = parts.body === undefined ? undefined : JSON.stringify(parts.body);
  const headers: Record<string, string> = body === undefined ? {} : { "content-type": "application/json" };
  const request = { method: OPERATIONS[op].method, target: targetOf(op, parts), headers, ...(body === undefined ? {} : { body }) };
  return sendSigned(baseUrl, request, undefined, agent);
}

function jsonBody(res: RawResponse): Record<string, unknown> {
  assert.is(res.headers["content-type"], "application/json");
  const body: unknown = JSON.parse(res.body);
  assert.ok(typeof body === "object" && body !== null && !Array.isArray(body), `not a JSON object: ${res.body}`);
  return body as Record<string, unknown>;
}

/** Checks a success reply: documented status, request id, JSON output the contract accepts (empty for 204). */
export function expectSuccess(op: OperationName, res: RawResponse): Record<string, unknown> {
  assert.is(res.status, OPERATIONS[op].successStatus, `${op}: ${res.status} ${res.body}`);
  assert.match(String(res.headers["x-amzn-requestid"]), UUID);
  if (res.status === 204) {
    assert.is(res.body, "");
    assert.is(res.headers["content-type"], undefined);
    return {};
  }
  const body = jsonBody(res);
  assert.equal(contract.checkOutput(op, body), [], `${op} output: ${res.body}`);
  return body;
}

/** Checks an error reply: the error is documented for the operation, with its status, header and body. */
export function expectError(op: OperationName | undefined, res: RawResponse, name: ErrorName): Record<string, unknown> {
  if (op !== undefined) assert.ok(OPERATIONS[op].errors.includes(name), `${name} is not documented for ${op}`);
  assert.is(res.status, ERRORS[name].status, `${op ?? "request"}: ${res.status} ${res.body}`);
  assert.is(res.headers["x-amzn-errortype"], name);
  assert.match(String(res.headers["x-amzn-requestid"]), UUID);
  const body = jsonBody(res);
  assert.equal(contract.checkError(name, body), [], `${name} body: ${res.body}`);
  return body;
}

/** The error body's contract violations, for replies whose error name is read from the reply itself. */
export function errorBodyViolations(name: ErrorName, body: unknown): readonly unknown[] {
  return contract.checkError(name, body);
}
