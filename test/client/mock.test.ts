/** aws-sdk-client-mock works on the built-in client exactly as on a generated one (it stubs Client#send). */
import { mockClient } from "aws-sdk-client-mock";
import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  AppFabricClient, ConflictException, CreateIngestionDestinationCommand, GetIngestionDestinationCommand,
} from "../../client/index.ts";

const INPUT = {
  appBundleIdentifier: "a", ingestionIdentifier: "b",
  processingConfiguration: { auditLog: { schema: "raw", format: "json" } },
  destinationConfiguration: { auditLog: { destination: { firehoseStream: { streamName: "s-1" } } } },
};

test("mockClient(AppFabricClient).on(CreateIngestionDestinationCommand) answers per command class", async () => {
  const mock = mockClient(AppFabricClient);
  try {
    mock.on(CreateIngestionDestinationCommand).resolves({
      $metadata: { httpStatusCode: 201 },
      ingestionDestination: { arn: "arn:d", ingestionArn: "arn:i", ...INPUT },
    });
    mock.on(GetIngestionDestinationCommand).rejects(new ConflictException({
      message: "busy", resourceId: "r", resourceType: "IngestionDestination", $metadata: {} }));
    const client = new AppFabricClient({ region: "us-east-1", credentials: { accessKeyId: "A", secretAccessKey: "S" } });
    const output = await client.send(new CreateIngestionDestinationCommand(INPUT));
    assert.is(output.ingestionDestination.arn, "arn:d");
    const error = await client.send(new GetIngestionDestinationCommand({ appBundleIdentifier: "a",
      ingestionIdentifier: "b", ingestionDestinationIdentifier: "c" })).then(() => undefined, (e: unknown) => e);
    assert.instance(error, ConflictException);
    assert.is(mock.commandCalls(CreateIngestionDestinationCommand).length, 1);
    // The mock intercepts before serialization: the recorded input has no generated clientToken.
    assert.not.ok("clientToken" in (mock.commandCalls(CreateIngestionDestinationCommand)[0]?.args[0].input ?? {}));
  } finally {
    mock.restore();
  }
});

test.run();
