import { comparable } from "../properties/responseFuzz/sdkDifferences.ts";
import type { Outcome } from "../targets/outcome.ts";

/**
 * What send() gave back, as the gate compares it: the output, or the error's kind, class name, status,
 * fault and members (Dates kept distinct from strings). $metadata (request ids, attempts) is the transport's,
 * not the client's behaviour; so is the wording of a client-side error (a TypeError's message changes between
 * releases), whose class is kept.
 */
export function normalizeOutcome(outcome: Outcome): Record<string, unknown> {
  if (outcome.ok) return { output: comparable(outcome.output) };
  const { kind, name, status, fault, members } = outcome.error;
  return { error: { kind, name, ...(status === undefined ? {} : { status }), ...(fault === undefined ? {} : { fault }), members: comparable(members) } };
}
