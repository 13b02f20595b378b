import type { Divergence } from "../properties/judging/Divergence.ts";
import type { Difference } from "./Difference.ts";

/**
 * A difference between the two clients as the divergence the gate judges a call by: what the candidate does
 * that the baseline does not, resting on nothing assumed (the baseline is the reference). Its fingerprint is the
 * difference's own.
 */
export function differenceDivergence(d: Difference): Divergence {
  return {
    kind: "client", operation: d.operation, check: `differs:${d.aspect}`, subject: d.fingerprint.slice(d.operation.length + 1), basis: [],
    ...(d.baseline === undefined ? {} : { expected: d.baseline }), ...(d.candidate === undefined ? {} : { actual: d.candidate }),
    message: `${d.aspect} ${d.path}: baseline ${JSON.stringify(d.baseline) ?? "absent"}, candidate ${JSON.stringify(d.candidate) ?? "absent"}`,
  };
}
