import type { OutcomeError } from "./outcome.ts";

/** SDK bookkeeping on a thrown service exception, as opposed to the error's modeled members. */
const SDK_FIELDS = new Set(["name", "message", "stack", "$fault", "$metadata", "$response", "$retryable", "$service", "Message", "cause"]);

const INFRASTRUCTURE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"]);
/** Credentials or permissions trouble: the model never predicts AccessDeniedException, so it is not a finding. */
const INFRASTRUCTURE_NAMES = new Set(["CredentialsProviderError", "TimeoutError", "RequestTimeout", "ExpiredTokenException",
  "UnrecognizedClientException", "InvalidSignatureException", "AccessDeniedException"]);

interface SdkErrorShape {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

/**
 * Classifies what a client's send() threw: a service error it parsed (with status and members), a failure
 * to reach or authenticate with the endpoint (infrastructure), or the client's own refusal or parse failure.
 */
export function outcomeFromSdkError(thrown: unknown): OutcomeError {
  const error = (thrown ?? {}) as SdkErrorShape & Record<string, unknown>;
  const name = typeof error.name === "string" ? error.name : "Error";
  const message = typeof error.message === "string" ? error.message : String(thrown);
  const status = typeof error.$metadata?.httpStatusCode === "number" ? error.$metadata.httpStatusCode : undefined;
  if ((typeof error.code === "string" && INFRASTRUCTURE_CODES.has(error.code)) || INFRASTRUCTURE_NAMES.has(name)) {
    return { kind: "infrastructure", name, message, members: {} };
  }
  if (status === undefined || typeof error.$fault !== "string") {
    return { kind: "client", name, message, members: {} };
  }
  // `message` is a modeled member too, though the SDK keeps it on Error's own field.
  const members: Record<string, unknown> = { message };
  for (const [key, value] of Object.entries(error)) if (!SDK_FIELDS.has(key) && value !== undefined) members[key] = value;
  return { kind: "service", name, message, status, fault: error.$fault, members };
}
