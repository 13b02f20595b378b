/** Stateful sequences written out by hand, replayed as saved cases: each test states exactly the calls it makes. */
import type { FindingEvent } from "../../events/runEvent.ts";
import type { SavedCase } from "../../properties/replayCounterexample.ts";
import type { CommandSpec } from "../../properties/stateful/commandSpec.ts";
import { statefulLifecycle } from "../../properties/statefulLifecycle.ts";

const BUNDLE = "00000000-0000-4000-8000-0000000000b1";
const INGESTION = "00000000-0000-4000-8000-0000000000a1";
const BUNDLE_ARN = `arn:aws:appfabric:us-east-1:123456789012:appbundle/${BUNDLE}`;
const INGESTION_ARN = `${BUNDLE_ARN}/ingestion/${INGESTION}`;

/** The parents the sequences are written against; a replay rebinds them to the run's own. */
const PARENTS = { appBundle: { arn: BUNDLE_ARN, id: BUNDLE }, ingestion: { arn: INGESTION_ARN, id: INGESTION } };

/** A create input under the placeholder parents: an S3 destination unless `extra` says otherwise. */
export function create(extra: Record<string, unknown> = {}): CommandSpec {
  return { op: "create", input: {
    appBundleIdentifier: BUNDLE_ARN, ingestionIdentifier: INGESTION_ARN,
    processingConfiguration: { auditLog: { schema: "ocsf", format: "json" } },
    destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "bucket-a" } } } },
    ...extra,
  } as never };
}

export const first = { pick: 0, form: "arn" } as const;

/** A saved stateful case made of these commands. */
export function sequence(...commands: CommandSpec[]): SavedCase {
  return { id: "corpus/sequence", property: statefulLifecycle(), counterexample: commands, parents: PARENTS, replay: "replay", seed: 0 };
}

export const findingsIn = (events: readonly { type: string }[]) => events.filter((e): e is FindingEvent => e.type === "finding");
export const failuresIn = (events: readonly { type: string }[]) => findingsIn(events).filter((f) => f.severity === "failure");
