import { mockClient } from "aws-sdk-client-mock";
import { loadClientModule } from "../client/loadClientModule.ts";

/** The bare client stack under aws-sdk-client-mock: send() of a canned Create answer, nothing else. */
export async function bareMockedSend(): Promise<() => Promise<number>> {
  const module = await loadClientModule();
  const client = new module.AppFabricClient({ region: "us-east-1", credentials: { accessKeyId: "bench", secretAccessKey: "bench" } });
  const Create = module.commands.CreateIngestionDestination;
  const mock = mockClient(client as never);
  mock.on(Create as never).resolves({ ingestionDestination: { arn: "arn:aws:appfabric:bench" } } as never);
  const input = {
    appBundleIdentifier: "arn:aws:appfabric:us-east-1:123456789012:appbundle/b",
    ingestionIdentifier: "arn:aws:appfabric:us-east-1:123456789012:appbundle/b/ingestion/i",
    processingConfiguration: { auditLog: { schema: "ocsf", format: "json" } },
    destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "bench-bucket" } } } },
  };
  return async () => {
    // sinon remembers every call; cleared per batch, as the mock target does, so long runs do not slow down.
    mock.resetHistory();
    for (let i = 0; i < 100; i++) await client.send(new Create(input));
    return 100;
  };
}
