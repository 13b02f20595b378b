import { rewriteDestination } from "./rewriteDestination.ts";
import type { Mutant } from "./Mutant.ts";

type Configuration = { auditLog?: { destination?: Record<string, unknown> } };

/** The answer's Destination union carries both forms: the stored one and an empty default of the other. */
export const twoUnionMembersInOutput: Mutant = {
  name: "two-union-members-in-output",
  class: "responses",
  description: "IngestionDestination answers set both s3Bucket and firehoseStream in destinationConfiguration",
  caughtBy: [
    { kind: "contract", check: "output-schema" },
    { kind: "model", check: "output.ingestionDestination.destinationConfiguration" },
  ],
  handle: (handle) => (operation, input) => rewriteDestination(handle(operation, input), (destination) => {
    const configuration = destination.destinationConfiguration as Configuration | undefined;
    const stored = configuration?.auditLog?.destination ?? {};
    const both = { s3Bucket: { bucketName: "default-bucket" }, firehoseStream: { streamName: "default-stream" }, ...stored };
    return { ...destination, destinationConfiguration: { ...configuration, auditLog: { ...configuration?.auditLog, destination: both } } };
  }),
};
