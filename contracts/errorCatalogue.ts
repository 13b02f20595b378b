/** The seven modeled AppFabric errors: HTTP status, fault, and members (the AWS API model's error shapes and traits). */
export const ERROR_NAMES = [
  "AccessDeniedException",
  "ConflictException",
  "InternalServerException",
  "ResourceNotFoundException",
  "ServiceQuotaExceededException",
  "ThrottlingException",
  "ValidationException",
] as const;

export type ErrorName = (typeof ERROR_NAMES)[number];

export interface ErrorSpec {
  readonly name: ErrorName;
  readonly status: number;
  readonly fault: "client" | "server";
  /** Members sent in the JSON body. */
  readonly bodyMembers: readonly string[];
  readonly requiredMembers: readonly string[];
  /** Members bound to response headers, keyed by member name. */
  readonly headerMembers: Readonly<Record<string, string>>;
  /** Transient errors are retried by the SDK and never count as findings by themselves. */
  readonly transient: boolean;
}

const RESOURCE = ["message", "resourceId", "resourceType"] as const;

export const ERRORS: Readonly<Record<ErrorName, ErrorSpec>> = {
  ValidationException: {
    name: "ValidationException", status: 400, fault: "client", transient: false,
    bodyMembers: ["message", "reason", "fieldList"], requiredMembers: ["message", "reason"], headerMembers: {},
  },
  AccessDeniedException: {
    name: "AccessDeniedException", status: 403, fault: "client", transient: false,
    bodyMembers: ["message"], requiredMembers: ["message"], headerMembers: {},
  },
  ResourceNotFoundException: {
    name: "ResourceNotFoundException", status: 404, fault: "client", transient: false,
    bodyMembers: RESOURCE, requiredMembers: RESOURCE, headerMembers: {},
  },
  ConflictException: {
    name: "ConflictException", status: 409, fault: "client", transient: false,
    bodyMembers: RESOURCE, requiredMembers: RESOURCE, headerMembers: {},
  },
  ServiceQuotaExceededException: {
    name: "ServiceQuotaExceededException", status: 402, fault: "client", transient: false,
    bodyMembers: [...RESOURCE, "serviceCode", "quotaCode"],
    requiredMembers: [...RESOURCE, "serviceCode", "quotaCode"], headerMembers: {},
  },
  ThrottlingException: {
    name: "ThrottlingException", status: 429, fault: "client", transient: true,
    bodyMembers: ["message", "serviceCode", "quotaCode"], requiredMembers: ["message"],
    headerMembers: { retryAfterSeconds: "retry-after" },
  },
  InternalServerException: {
    name: "InternalServerException", status: 500, fault: "server", transient: true,
    bodyMembers: ["message"], requiredMembers: ["message"], headerMembers: { retryAfterSeconds: "retry-after" },
  },
};

export function isErrorName(name: string): name is ErrorName {
  return (ERROR_NAMES as readonly string[]).includes(name);
}
