import fc from "fast-check";
import type { ErrorName } from "../contracts/errorCatalogue.ts";
import type { OperationName } from "../contracts/operationCatalogue.ts";
import { OUTPUT_SCHEMAS } from "../contracts/schemas/outputs.ts";
import { sdkErrorMembersOf, sdkFormOf } from "../contracts/sdkFormOf.ts";
import { errorResponse } from "../generators/responses/errorResponse.ts";
import { successResponse } from "../generators/responses/successResponse.ts";
import type { WireResponse } from "../generators/responses/WireResponse.ts";

/** $metadata as a client fills it after one attempt. */
export interface AnswerMetadata {
  readonly httpStatusCode: number;
  readonly requestId?: string;
  readonly attempts: 1;
  readonly totalRetryDelay: 0;
}

/** What a mocked send() answers: an output in SDK form, or a documented error's class and members. */
export type MockedAnswer =
  | { readonly kind: "output"; readonly output: Readonly<Record<string, unknown>> }
  | { readonly kind: "error"; readonly name: ErrorName; readonly members: Readonly<Record<string, unknown>>; readonly $metadata: AnswerMetadata };

function metadataOf(response: WireResponse): AnswerMetadata {
  const requestId = response.headers["x-amzn-requestid"];
  return { httpStatusCode: response.status, ...(requestId === undefined ? {} : { requestId }), attempts: 1, totalRetryDelay: 0 };
}

/** A generated answer on the wire, as a client would have surfaced it (the documented mapping). */
function asAnswer(response: WireResponse): MockedAnswer {
  if (response.is.kind === "error") {
    return { kind: "error", name: response.is.error, members: sdkErrorMembersOf(response.is.error, JSON.parse(response.body), response.headers), $metadata: metadataOf(response) };
  }
  const output = response.body === "" ? {} : (sdkFormOf(OUTPUT_SCHEMAS[response.operation], JSON.parse(response.body)) as Record<string, unknown>);
  return { kind: "output", output: { ...output, $metadata: metadataOf(response) } };
}

/**
 * Every answer the contract allows `operation`, in the form the client hands its caller: outputs with optional
 * members absent or present, Dates, unknown union members as `$unknown`, Failed with a statusReason; and, at
 * `errorRate`, each documented error with its members and Retry-After.
 */
export function mockedAnswer(operation: OperationName, errorRate: number): fc.Arbitrary<MockedAnswer> {
  const output = successResponse(operation).map(asAnswer);
  if (errorRate <= 0) return output;
  const error = errorResponse(operation).map(asAnswer);
  if (errorRate >= 1) return error;
  const scale = 1000;
  return fc.oneof({ withCrossShrink: true },
    { weight: Math.round((1 - errorRate) * scale), arbitrary: output }, { weight: Math.round(errorRate * scale), arbitrary: error });
}
