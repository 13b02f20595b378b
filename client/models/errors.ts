/** The modeled members of AppFabric's seven errors (the API model's error shapes), as the exception classes carry them. */
export interface ValidationExceptionField {
  name: string;
  message: string;
}

export type ValidationExceptionReason = "unknownOperation" | "cannotParse" | "fieldValidationFailed" | "other";

export interface ValidationMembers {
  reason: ValidationExceptionReason | undefined;
  fieldList?: ValidationExceptionField[] | undefined;
}

export type AccessDeniedMembers = object;

export interface ResourceMembers {
  resourceId: string | undefined;
  resourceType: string | undefined;
}

export type ResourceNotFoundMembers = ResourceMembers;
export type ConflictMembers = ResourceMembers;

export interface ServiceQuotaExceededMembers extends ResourceMembers {
  serviceCode: string | undefined;
  quotaCode: string | undefined;
}

/** retryAfterSeconds is bound to the Retry-After response header, not the body. */
export interface ThrottlingMembers {
  serviceCode?: string | undefined;
  quotaCode?: string | undefined;
  retryAfterSeconds?: number | undefined;
}

export interface InternalServerMembers {
  retryAfterSeconds?: number | undefined;
}
