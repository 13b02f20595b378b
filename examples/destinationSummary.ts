/**
 * Example consumer code: a small wrapper over AppFabric that says where a destination's audit logs go. Its
 * test (test/examples/destinationSummary.test.ts) runs it under fuzzConsumer.
 */
import {
  GetIngestionDestinationCommand, ResourceNotFoundException, type AppFabricClient, type DestinationConfiguration,
} from "appfabric-harness/client";

export interface DestinationIds {
  readonly appBundleIdentifier: string;
  readonly ingestionIdentifier: string;
  readonly ingestionDestinationIdentifier: string;
}

/**
 * "s3://bucket/prefix", "firehose://stream", or "unknown://member" for a kind of destination this code
 * predates (the client hands those over as `$unknown`).
 */
export function summaryOf(configuration: DestinationConfiguration): string {
  if (configuration.auditLog === undefined) return `unknown://${configuration.$unknown[0]}`;
  const { destination } = configuration.auditLog;
  if (destination.s3Bucket !== undefined) return `s3://${destination.s3Bucket.bucketName}/${destination.s3Bucket.prefix ?? ""}`;
  if (destination.firehoseStream !== undefined) return `firehose://${destination.firehoseStream.streamName}`;
  return `unknown://${destination.$unknown[0]}`;
}

/** The summary of one ingestion destination; undefined when it does not exist (any more). */
export async function destinationSummary(client: AppFabricClient, ids: DestinationIds): Promise<string | undefined> {
  try {
    const { ingestionDestination } = await client.send(new GetIngestionDestinationCommand(ids));
    return summaryOf(ingestionDestination.destinationConfiguration);
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}
