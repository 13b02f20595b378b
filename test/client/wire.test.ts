/** Wire smoke test: what the built-in client puts on the wire for the ingestion-destination operations. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  CreateIngestionDestinationCommand, DeleteIngestionDestinationCommand, GetIngestionDestinationCommand,
  ListIngestionDestinationsCommand, UntagResourceCommand, UpdateIngestionDestinationCommand,
} from "../../client/index.ts";
import { type RecordedRequest, withLoopback } from "./loopback.ts";

const BUNDLE_ARN = "arn:aws:appfabric:us-east-1:123456789012:appbundle/04a7c9f5-14e1-4697-8b43-551186ff0a6e";
const INGESTION_ARN = `${BUNDLE_ARN}/ingestion/0379c487-af21-4419-80c2-92968007de1c`;
const DESTINATION_ID = "6aa92da0-5eeb-4ff4-aabf-4db7fd022ad1";
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DESTINATION = {
  arn: `${INGESTION_ARN}/ingestiondestination/${DESTINATION_ID}`, ingestionArn: INGESTION_ARN,
  processingConfiguration: { auditLog: { schema: "ocsf", format: "json" } },
  destinationConfiguration: { auditLog: { destination: { firehoseStream: { streamName: "stream-1" } } } },
};
const processingConfiguration = { auditLog: { schema: "ocsf", format: "json" } };
const destinationConfiguration = { auditLog: { destination: { s3Bucket: { bucketName: "bucket-1", prefix: "p/" } } } };

/** encodeURIComponent, as the runtime encodes non-greedy labels: `/` -> %2F and `:` -> %3A. */
const encoded = (label: string) => label.replaceAll(":", "%3A").replaceAll("/", "%2F");

function only(requests: RecordedRequest[]): RecordedRequest {
  assert.is(requests.length, 1);
  return requests[0] as RecordedRequest;
}

test("CreateIngestionDestination: POST, encoded ARN labels, JSON body, generated clientToken, SigV4", async () => {
  await withLoopback(() => ({ status: 201, body: { ingestionDestination: DESTINATION } }), async (client, server) => {
    const output = await client.send(new CreateIngestionDestinationCommand({
      appBundleIdentifier: BUNDLE_ARN, ingestionIdentifier: INGESTION_ARN, processingConfiguration,
      destinationConfiguration, tags: [{ key: "team", value: "sec" }],
    }));
    const request = only(server.requests);
    assert.is(request.method, "POST");
    assert.is(request.url,
      `/appbundles/${encoded(BUNDLE_ARN)}/ingestions/${encoded(INGESTION_ARN)}/ingestiondestinations`);
    assert.ok(request.url.includes("arn%3Aaws%3Aappfabric%3Aus-east-1%3A123456789012%3Aappbundle%2F04a7c9f5"));
    assert.is(request.headers["content-type"], "application/json");
    const body: unknown = JSON.parse(request.body);
    assert.type(body, "object");
    const { clientToken, ...rest } = body as Record<string, unknown>;
    assert.equal(rest, { processingConfiguration, destinationConfiguration, tags: [{ key: "team", value: "sec" }] });
    assert.type(clientToken, "string");
    assert.match(String(clientToken), UUID_V4);
    const amzDate = String(request.headers["x-amz-date"]);
    assert.match(amzDate, /^\d{8}T\d{6}Z$/);
    assert.match(String(request.headers.authorization),
      `AWS4-HMAC-SHA256 Credential=AKID/${amzDate.slice(0, 8)}/us-east-1/appfabric/aws4_request, SignedHeaders=`);
    assert.is(output.$metadata.httpStatusCode, 201);
    assert.is(output.ingestionDestination.arn, DESTINATION.arn);
  });
});

test("CreateIngestionDestination: a caller's clientToken is sent unchanged; two calls get distinct tokens", async () => {
  await withLoopback(() => ({ status: 201, body: { ingestionDestination: DESTINATION } }), async (client, server) => {
    const input = { appBundleIdentifier: "b", ingestionIdentifier: "i", processingConfiguration, destinationConfiguration };
    await client.send(new CreateIngestionDestinationCommand({ ...input, clientToken: "MY-TOKEN" }));
    await client.send(new CreateIngestionDestinationCommand(input));
    await client.send(new CreateIngestionDestinationCommand(input));
    const tokens = server.requests.map((r) => (JSON.parse(r.body) as { clientToken: string }).clientToken);
    assert.is(tokens[0], "MY-TOKEN");
    assert.is.not(tokens[1], tokens[2]);
  });
});

test("UpdateIngestionDestination: PATCH with three labels and only destinationConfiguration in the body", async () => {
  await withLoopback(() => ({ status: 200, body: { ingestionDestination: DESTINATION } }), async (client, server) => {
    await client.send(new UpdateIngestionDestinationCommand({ appBundleIdentifier: "b", ingestionIdentifier: "i",
      ingestionDestinationIdentifier: DESTINATION_ID, destinationConfiguration }));
    const request = only(server.requests);
    assert.is(request.method, "PATCH");
    assert.is(request.url, `/appbundles/b/ingestions/i/ingestiondestinations/${DESTINATION_ID}`);
    assert.equal(JSON.parse(request.body), { destinationConfiguration });
  });
});

test("GetIngestionDestination: GET with three labels, no body", async () => {
  await withLoopback(() => ({ status: 200, body: { ingestionDestination: DESTINATION } }), async (client, server) => {
    await client.send(new GetIngestionDestinationCommand({ appBundleIdentifier: BUNDLE_ARN,
      ingestionIdentifier: INGESTION_ARN, ingestionDestinationIdentifier: DESTINATION_ID }));
    const request = only(server.requests);
    assert.is(request.method, "GET");
    assert.is(request.url, `/appbundles/${encoded(BUNDLE_ARN)}/ingestions/${encoded(INGESTION_ARN)}` +
      `/ingestiondestinations/${DESTINATION_ID}`);
    assert.is(request.body, "");
  });
});

test("ListIngestionDestinations: maxResults and nextToken go in the query string", async () => {
  await withLoopback(() => ({ status: 200, body: { ingestionDestinations: [{ arn: DESTINATION.arn }], nextToken: "n2" } }),
    async (client, server) => {
      const output = await client.send(new ListIngestionDestinationsCommand({ appBundleIdentifier: "b",
        ingestionIdentifier: "i", maxResults: 5, nextToken: "a/b c" }));
      const url = new URL(only(server.requests).url, "http://x");
      assert.is(url.pathname, "/appbundles/b/ingestions/i/ingestiondestinations");
      assert.equal([...url.searchParams], [["maxResults", "5"], ["nextToken", "a/b c"]]);
      assert.equal(output.ingestionDestinations, [{ arn: DESTINATION.arn }]);
      assert.is(output.nextToken, "n2");
    });
});

test("UntagResource: DELETE /tags/{resourceArn} with one tagKeys= parameter per key", async () => {
  await withLoopback(() => ({ status: 200, body: {} }), async (client, server) => {
    await client.send(new UntagResourceCommand({ resourceArn: INGESTION_ARN, tagKeys: ["team", "cost center"] }));
    const request = only(server.requests);
    assert.is(request.method, "DELETE");
    const url = new URL(request.url, "http://x");
    assert.is(url.pathname, `/tags/${encoded(INGESTION_ARN)}`);
    assert.equal(url.searchParams.getAll("tagKeys"), ["team", "cost center"]);
    assert.match(request.url, /\?tagKeys=team&tagKeys=cost%20center$/);
  });
});

test("DeleteIngestionDestination: DELETE, and a 204 with no body is a success", async () => {
  await withLoopback(() => ({ status: 204 }), async (client, server) => {
    const output = await client.send(new DeleteIngestionDestinationCommand({ appBundleIdentifier: "b",
      ingestionIdentifier: "i", ingestionDestinationIdentifier: DESTINATION_ID }));
    assert.is(only(server.requests).method, "DELETE");
    assert.is(output.$metadata.httpStatusCode, 204);
  });
});

test.run();
