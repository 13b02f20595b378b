import fc from "fast-check";
import { ERRORS, type ErrorName } from "../../contracts/errorCatalogue.ts";
import { OPERATIONS, type OperationName } from "../../contracts/operationCatalogue.ts";
import { ERROR_SCHEMAS } from "../../contracts/schemas/errors.ts";
import { jsonBody } from "./successResponse.ts";
import { wireValue } from "./wireValue.ts";
import type { WireResponse } from "./WireResponse.ts";

/** The forms X-Amzn-Errortype may take: the shape name, a shape id, either with a suffix after ':' (the Smithy restJson1 protocol's error-type rules). */
function errorType(name: ErrorName): fc.Arbitrary<string> {
  return fc.constantFrom(name, `com.amazonaws.appfabric#${name}`, `${name}:http://internal.amazon.com/coral/com.amazonaws.appfabric/`);
}

/** Header-bound members (Retry-After): absent, or a whole number of seconds. */
function boundHeaders(name: ErrorName): fc.Arbitrary<Record<string, string>> {
  const headers = Object.values(ERRORS[name].headerMembers).map((header) =>
    fc.option(fc.integer({ min: 0, max: 86_400 }).map((seconds) => [header, String(seconds)] as const), { nil: undefined }));
  return fc.tuple(...headers).map((pairs) => Object.fromEntries(pairs.filter((p) => p !== undefined)));
}

/** One documented error as the service sends it: its status, X-Amzn-Errortype, its members in body and headers. */
export function documentedError(operation: OperationName, name: ErrorName): fc.Arbitrary<WireResponse> {
  return fc.record({
    body: jsonBody(wireValue(ERROR_SCHEMAS[name])),
    type: errorType(name),
    bound: boundHeaders(name),
    requestId: fc.uuid(),
  }, { noNullPrototype: true }).map(({ body, type, bound, requestId }) => ({
    operation, status: ERRORS[name].status, body, is: { kind: "error", error: name },
    headers: { "content-type": "application/json", "x-amzn-errortype": type, "x-amzn-requestid": requestId, ...bound },
  }));
}

/** Every error `operation` documents, each with every member form the contract allows. */
export function errorResponse(operation: OperationName): fc.Arbitrary<WireResponse> {
  return fc.constantFrom(...OPERATIONS[operation].errors).chain((name) => documentedError(operation, name));
}
