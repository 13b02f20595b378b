import type { FieldViolation, ModelError } from "./types.ts";

/** Builders for the modeled errors; members follow facts §4. */

export type ValidationReason = "unknownOperation" | "cannotParse" | "fieldValidationFailed" | "other";

export function validationError(message: string, reason: ValidationReason, fieldList?: readonly FieldViolation[]): ModelError {
  const members: Record<string, unknown> = { message, reason };
  if (fieldList !== undefined) members["fieldList"] = fieldList.map((f) => ({ name: f.name, message: f.message }));
  return { name: "ValidationException", members };
}

export function resourceNotFound(message: string, resourceId: string, resourceType: string): ModelError {
  return { name: "ResourceNotFoundException", members: { message, resourceId, resourceType } };
}

export function conflict(message: string, resourceId: string, resourceType: string): ModelError {
  return { name: "ConflictException", members: { message, resourceId, resourceType } };
}

export function quotaExceeded(message: string, resourceId: string, resourceType: string, quotaCode: string): ModelError {
  return {
    name: "ServiceQuotaExceededException",
    members: { message, resourceId, resourceType, serviceCode: "appfabric", quotaCode },
  };
}
