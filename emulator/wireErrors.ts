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
