import type { Outcome } from "../targets/outcome.ts";

/**
 * What the service answered a call with, when it answered success: the parsed output, or, when the client
 * could not read a 2xx answer (an epoch timestamp, a union with two members), the raw JSON body. The service
 * acknowledged the call either way: what it created exists, and must be tracked and cleaned up.
 */
export function reportedOutput(outcome: Outcome): Readonly<Record<string, unknown>> | undefined {
  if (outcome.ok) return outcome.output;
  if (outcome.error.kind !== "client") return undefined;
  const response = outcome.trace.exchanges.at(-1)?.response;
  if (response === undefined || response.status < 200 || response.status > 299) return undefined;
  try {
    const body: unknown = JSON.parse(response.body === "" ? "{}" : response.body);
    return body !== null && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
