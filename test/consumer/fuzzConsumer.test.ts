/** fuzzConsumer: what the consumer's client answers (contract-valid outputs, documented errors), and how a failure reads. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppFabricServiceException, GetIngestionCommand, ListIngestionDestinationsCommand, type AppFabricClient } from "../../client/index.ts";
import { createContract } from "../../contracts/contract.ts";
import { OPERATIONS } from "../../contracts/operationCatalogue.ts";
import { toWireJson } from "../../contracts/toWireJson.ts";
import { ConsumerFailure } from "../../consumer/ConsumerFailure.ts";
import { fuzzConsumer } from "../../consumer/fuzzConsumer.ts";

const contract = createContract();
const LIST = { appBundleIdentifier: "b", ingestionIdentifier: "i" };

test("outputs keep the contract, in SDK form (Dates, $metadata); every call draws its own answer", async () => {
  let outputs = 0;
  await fuzzConsumer(async (client: AppFabricClient) => {
    const ingestion = await client.send(new GetIngestionCommand(LIST));
    assert.instance(ingestion.ingestion.createdAt, Date);
    assert.is(ingestion.$metadata.httpStatusCode, 200);
    assert.equal(contract.checkOutput("GetIngestion", toWireJson(ingestion)), []);
    const list = await client.send(new ListIngestionDestinationsCommand(LIST));
    assert.equal(contract.checkOutput("ListIngestionDestinations", toWireJson(list)), []);
    outputs++;
  }, { seed: 3, numRuns: 50, errorRate: 0, client: "built-in" });
  assert.is(outputs, 50);
});

test("with errorRate 1 every call throws one of the operation's documented errors, as the module's class", async () => {
  const names = new Set<string>();
  await fuzzConsumer(async (client: AppFabricClient) => {
    const error = await client.send(new ListIngestionDestinationsCommand(LIST)).then(() => undefined, (e: unknown) => e);
    assert.instance(error, AppFabricServiceException);
    const e = error as AppFabricServiceException & { retryAfterSeconds?: number };
    assert.ok((OPERATIONS.ListIngestionDestinations.errors as readonly string[]).includes(e.name), e.name);
    assert.type(e.message, "string");
    assert.is(typeof e.$metadata.httpStatusCode, "number");
    names.add(e.name);
  }, { seed: 4, numRuns: 120, errorRate: 1, client: "built-in" });
  assert.equal([...names].sort(), [...OPERATIONS.ListIngestionDestinations.errors].sort());
});

test("a failing consumer: ConsumerFailure with the seed, the cause and each call with its answer", async () => {
  const failure = await fuzzConsumer(async (client: AppFabricClient) => {
    const { ingestionDestinations } = await client.send(new ListIngestionDestinationsCommand(LIST));
    if (ingestionDestinations.length > 1) throw new Error("expected at most one destination");
  }, { seed: 5, numRuns: 200, errorRate: 0, client: "built-in" }).then(() => undefined, (e: unknown) => e);
  assert.instance(failure, ConsumerFailure);
  const f = failure as ConsumerFailure;
  assert.is(f.seed, 5);
  assert.is((f.cause as Error).message, "expected at most one destination");
  assert.is(f.calls.length, 1);
  const answer = f.calls[0]?.answer;
  // Shrunk to the smallest list that breaks it: two destinations, short ARNs.
  assert.equal(answer?.kind === "output" ? (answer.output.ingestionDestinations as unknown[]).length : -1, 2);
  assert.match(f.message, /after 1 call:\n  1\. ListIngestionDestinations \{"appBundleIdentifier":"b"/);
});

test("the mock is removed afterwards: the client's send() is its class's own again", async () => {
  let kept: AppFabricClient | undefined;
  await fuzzConsumer((client: AppFabricClient) => {
    kept = client;
    assert.is.not(client.send, Object.getPrototypeOf(client).send);
  }, { numRuns: 1, client: "built-in" });
  assert.is(kept?.send, Object.getPrototypeOf(kept).send);
});

test.run();
