import { ERRORS, type ErrorName } from "../../contracts/errorCatalogue.ts";
import { sdkErrorMembersOf } from "../../contracts/sdkFormOf.ts";
import type { WireResponse } from "../../generators/responses/WireResponse.ts";
import type { CannedResponseTarget, Settled } from "../../targets/cannedResponseTarget.ts";
import { showValue } from "../checks/showValue.ts";
import { sdkDifferences } from "./sdkDifferences.ts";

interface ThrownShape {
  readonly name?: unknown;
  readonly $fault?: unknown;
  readonly $metadata?: { readonly httpStatusCode?: unknown; readonly requestId?: unknown };
  readonly [member: string]: unknown;
}

/**
 * A documented error must be thrown as its own exception class, with its $fault, the status and request id in
 * $metadata, every member of the body (unmodeled ones too), and retryAfterSeconds from Retry-After.
 */
export function checkError(target: CannedResponseTarget, response: WireResponse, name: ErrorName, settled: Settled): string[] {
  if (settled.ok) return [`resolved with ${showValue(settled.output)} for a ${response.status} ${name}`];
  const thrown = settled.error as ThrownShape;
  const spec = ERRORS[name];
  const problems: string[] = [];
  if (!target.isModeled(settled.error, name) || thrown.name !== name) problems.push(`threw ${String(thrown.name)} (${String(settled.error)}), not ${name}`);
  if (thrown.$fault !== spec.fault) problems.push(`$fault is ${showValue(thrown.$fault)}, not "${spec.fault}"`);
  if (thrown.$metadata?.httpStatusCode !== response.status) problems.push(`$metadata.httpStatusCode is ${showValue(thrown.$metadata?.httpStatusCode)}, not ${response.status}`);
  const requestId = response.headers["x-amzn-requestid"];
  if (thrown.$metadata?.requestId !== requestId) problems.push(`$metadata.requestId is ${showValue(thrown.$metadata?.requestId)}, not ${showValue(requestId)}`);
  const expected = sdkErrorMembersOf(name, JSON.parse(response.body), response.headers);
  for (const member of Object.keys(spec.headerMembers)) if (!(member in expected)) expected[member] = undefined;
  for (const [member, value] of Object.entries(expected)) {
    for (const d of sdkDifferences(thrown[member], value)) {
      problems.push(`${name}.${member}${d.path === "(root)" ? "" : `.${d.path}`} is ${showValue(d.actual)}; the documented mapping gives ${showValue(d.expected)}`);
    }
  }
  return problems;
}
