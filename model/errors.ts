import type { KnownRuleId } from "./rules.ts";
import type { FieldViolation, ModelError } from "./types.ts";

/** Builders for the modeled errors, each member with the rule behind its value. */

export type ValidationReason = "unknownOperation" | "cannotParse" | "fieldValidationFailed" | "other";

/** `reasonRule`: the rule that picks this reason (and, for field violations, the fieldList). */
export function validationError(message: string, reason: ValidationReason, reasonRule: KnownRuleId, fieldList?: readonly FieldViolation[]): ModelError {
  const members: Record<string, unknown> = { message, reason };
  const memberBasis: Record<string, readonly KnownRuleId[]> = { reason: [reasonRule] };
  if (fieldList !== undefined) {
    members["fieldList"] = fieldList.map((f) => ({ name: f.name, message: f.message }));
    memberBasis["fieldList"] = ["input.validation.fieldList"];
  }
  return { name: "ValidationException", members, memberBasis };
}

export function resourceNotFound(message: string, resourceId: string, resourceType: string): ModelError {
  return { name: "ResourceNotFoundException", members: { message, resourceId, resourceType },
    memberBasis: { resourceId: ["resource.notFound.members"], resourceType: ["resource.notFound.members"] } };
}

export function conflict(message: string, resourceId: string, resourceType: string, rule: KnownRuleId): ModelError {
  return { name: "ConflictException", members: { message, resourceId, resourceType },
    memberBasis: { resourceId: [rule], resourceType: [rule] } };
}

export function quotaExceeded(message: string, resourceId: string, resourceType: string, quotaCode: string): ModelError {
  const members = ["quota.error.members"] as const;
  return {
    name: "ServiceQuotaExceededException",
    members: { message, resourceId, resourceType, serviceCode: "appfabric", quotaCode },
    memberBasis: { resourceId: members, resourceType: members, serviceCode: members, quotaCode: ["quota.codes"] },
  };
}
