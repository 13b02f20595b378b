import fc from "fast-check";
import { OPERATIONS, type OperationName } from "../../contracts/operationCatalogue.ts";
import { OUTPUT_SCHEMAS } from "../../contracts/schemas/outputs.ts";
import { wireValue } from "./wireValue.ts";
import type { WireResponse } from "./WireResponse.ts";

const JSON_TYPE = "application/json";

/** JSON text of a body, compact or indented: whitespace is the serializer's choice. */
export function jsonBody(value: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc.tuple(value, fc.constantFrom(0, 2)).map(([json, indent]) => JSON.stringify(json, null, indent));
}

/** Every success answer the contract allows for `operation`: its documented status and an output body. */
export function successResponse(operation: OperationName): fc.Arbitrary<WireResponse> {
  const status = OPERATIONS[operation].successStatus;
  if (status === 204) {
    return fc.uuid().map((id) => ({ operation, status, headers: { "x-amzn-requestid": id }, body: "", is: { kind: "output" } }));
  }
  return fc.tuple(jsonBody(wireValue(OUTPUT_SCHEMAS[operation])), fc.uuid()).map(([body, id]) => ({
    operation, status, headers: { "content-type": JSON_TYPE, "x-amzn-requestid": id }, body, is: { kind: "output" },
  }));
}
