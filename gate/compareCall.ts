import type { OperationName } from "../contracts/operationCatalogue.ts";
import { diffJson } from "../properties/checks/diffJson.ts";
import type { Outcome } from "../targets/outcome.ts";
import { fingerprintOf, type Difference } from "./Difference.ts";
import { normalizeOutcome } from "./normalizeOutcome.ts";
import { normalizeRequest } from "./normalizeRequest.ts";

function requestsOf(operation: OperationName, input: Readonly<Record<string, unknown>>, outcome: Outcome): Record<string, unknown> {
  const requests = outcome.trace.exchanges.map((e) => normalizeRequest(operation, input, e.request));
  // One attempt is the usual case; only then is the path free of an attempt number.
  return requests.length === 1 ? (requests[0] as Record<string, unknown>) : { attempts: requests };
}

/**
 * The differences one call shows between the baseline's and the candidate's handling of the same input.
 * When the requests differ, the answers to them may differ as a consequence: those are not reported.
 */
export function compareCall(operation: OperationName, input: Readonly<Record<string, unknown>>, baseline: Outcome, candidate: Outcome): Difference[] {
  const differences = (aspect: Difference["aspect"], b: unknown, c: unknown) => diffJson(c, b).map((d) => ({
    operation, aspect, path: d.path, baseline: d.expected, candidate: d.actual, input, fingerprint: fingerprintOf(operation, aspect, d.path),
  }));
  const onWire = differences("request", requestsOf(operation, input, baseline), requestsOf(operation, input, candidate));
  return onWire.length > 0 ? onWire : differences("outcome", normalizeOutcome(baseline), normalizeOutcome(candidate));
}
