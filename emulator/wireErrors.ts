/**
 * The errors the wire layer answers by itself, before or around the model: malformed requests, authentication,
 * injected faults and internal failures. Same { name, members } form as the model's errors.
 */
import type { ModelError } from "../model/index.ts";

export type ValidationReason = "unknownOperation" | "cannotParse" | "fieldValidationFailed" | "other";

export interface FieldProblem {
  readonly name: string;
  readonly message: string;
}

export function validationError(message: string, reason: ValidationReason, fieldList?: readonly FieldProblem[]): ModelError {
  const members = fieldList === undefined ? { message, reason } : { message, reason, fieldList };
  return { name: "ValidationException", members };
}

export function bodyTooLarge(maxBytes: number): ModelError {
  return validationError(`The request body exceeds the limit of ${maxBytes} bytes`, "other");
}

/** A request whose headers or body were still incomplete when the request timeout ended. */
export function requestTimedOut(part: "headers" | "body", timeoutMs: number): ModelError {
  return validationError(`The request ${part} did not arrive within ${timeoutMs / 1000} s`, "other");
}

export function accessDenied(message: string): ModelError {
  return { name: "AccessDeniedException", members: { message } };
}

/** retryAfterSeconds is bound to the Retry-After header (the AppFabric API model's httpHeader trait). */
export function throttled(message: string, retryAfterSeconds: number): ModelError {
  return { name: "ThrottlingException", members: { message, retryAfterSeconds } };
}

export function internalError(message: string, retryAfterSeconds: number): ModelError {
  return { name: "InternalServerException", members: { message, retryAfterSeconds } };
}
