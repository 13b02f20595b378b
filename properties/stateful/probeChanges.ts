import { LENGTHS } from "../../contracts/constraints.ts";
import type { ProbedOperation } from "./commandSpec.ts";

/**
 * One way to break each operation a sequence probes: a member of its valid input replaced by a value its
 * input shape forbids (a pattern, a range, a length), so the documented ValidationException is due.
 */
export const PROBE_CHANGES: Readonly<Record<ProbedOperation, Readonly<Record<string, unknown>>>> = {
  GetIngestionDestination: { ingestionDestinationIdentifier: "not an identifier" },
  DeleteIngestionDestination: { ingestionDestinationIdentifier: "not an identifier" },
  ListIngestionDestinations: { maxResults: LENGTHS.maxResults.max + 1 },
  TagResource: { tags: [{ key: "k".repeat(LENGTHS.tagKey.max + 1), value: "v" }] },
  UntagResource: { tagKeys: ["k".repeat(LENGTHS.tagKey.max + 1)] },
  ListTagsForResource: { resourceArn: "not-an-arn" },
};

export const PROBED_OPERATIONS = Object.keys(PROBE_CHANGES) as ProbedOperation[];
