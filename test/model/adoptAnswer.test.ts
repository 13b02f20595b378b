import { test } from "uvu";
import * as assert from "uvu/assert";
import { adoptAnswer, step, type ModelState } from "../../model/index.ts";
import { createDestination, ok, PROCESSING, rec, s3Destination, testEnv, withIngestion } from "./modelFixtures.ts";

/** One call against a state: the model's transition, then the state the given answer implies. */
function answer(state: ModelState, operation: string, input: Record<string, unknown>, reply: Parameters<typeof adoptAnswer>[4]) {
  const transition = step(state, operation, input, testEnv());
  return { transition, state: adoptAnswer(state, transition, operation, input, reply) };
}

test("a create the model refused but the service acknowledged is tracked as existing, with its tags and its clientToken", () => {
  const fx = withIngestion();
  for (let i = 0; i < 5; i++) createDestination(fx);
  const input = { ...fx.parents, processingConfiguration: PROCESSING, destinationConfiguration: s3Destination("sixth"), tags: [{ key: "k", value: "v" }], clientToken: "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee" };
  const arn = `${fx.ingestionArn}/ingestiondestination/00000000-0000-4000-8000-000000000666`;
  const reported = { arn, ingestionArn: fx.ingestionArn, processingConfiguration: PROCESSING, destinationConfiguration: s3Destination("sixth"), status: "Active", createdAt: new Date(5), updatedAt: new Date(5) };
  const { transition, state } = answer(fx.model.state, "CreateIngestionDestination", input, { ok: true, output: { ingestionDestination: reported } });
  assert.not.ok(transition.outcome.ok, "the model itself refuses a sixth destination");
  const record = state.destinations.find((d) => d.arn === arn);
  assert.ok(record, "the acknowledged destination is tracked");
  assert.equal(record?.tags, [{ key: "k", value: "v" }]);
  const get = step(state, "GetIngestionDestination", { ...fx.parents, ingestionDestinationIdentifier: arn }, testEnv());
  assert.is(rec(ok(get.outcome)["ingestionDestination"])["arn"], arn, "reads now expect it");
  const replay = step(state, "CreateIngestionDestination", input, testEnv());
  assert.is(rec(ok(replay.outcome)["ingestionDestination"])["arn"], arn, "its clientToken now replays it");
});

test("a refusal changes nothing; ResourceNotFoundException removes the resource it was about", () => {
  const fx = withIngestion();
  const arn = createDestination(fx);
  const before = fx.model.state;
  const create = { ...fx.parents, processingConfiguration: PROCESSING, destinationConfiguration: s3Destination("b") };
  assert.is(answer(before, "CreateIngestionDestination", create, { ok: false, errorName: "ValidationException" }).state, before);
  const gone = answer(before, "GetIngestionDestination", { ...fx.parents, ingestionDestinationIdentifier: arn }, { ok: false, errorName: "ResourceNotFoundException" }).state;
  assert.equal(gone.destinations, []);
});

test("an answer that agrees on success is taken as reported: a merged update is what later reads expect", () => {
  const fx = withIngestion();
  const arn = createDestination(fx);
  const merged = s3Destination("bucket-a", "kept-prefix");
  const input = { ...fx.parents, ingestionDestinationIdentifier: arn, destinationConfiguration: s3Destination("bucket-a") };
  const reported = { arn, ingestionArn: fx.ingestionArn, processingConfiguration: PROCESSING, destinationConfiguration: merged, status: "Active", createdAt: new Date(1), updatedAt: new Date(2) };
  const { state } = answer(fx.model.state, "UpdateIngestionDestination", input, { ok: true, output: { ingestionDestination: reported } });
  assert.equal(state.destinations[0]?.destinationConfiguration, merged);
});

test("a delete the model thought impossible but the service acknowledged removes the resource; a listing's tags become the tags", () => {
  const fx = withIngestion();
  const arn = createDestination(fx, { tags: [{ key: "a", value: "1" }] });
  const listed = answer(fx.model.state, "ListTagsForResource", { resourceArn: arn }, { ok: true, output: { tags: [{ key: "b", value: "2" }] } }).state;
  assert.equal(listed.destinations[0]?.tags, [{ key: "b", value: "2" }]);
  const deleted = answer(fx.model.state, "DeleteIngestion", fx.parents, { ok: true, output: {} }).state;
  assert.equal(deleted.ingestions, [], "the ingestion the model would not delete (enabled, with a destination) is gone");
});

test("only a create brings a resource into being; a read shows what is there: an acknowledged update of a deleted destination resurrects nothing", () => {
  const fx = withIngestion();
  const arn = createDestination(fx);
  ok(fx.model.handle("DeleteIngestionDestination", { ...fx.parents, ingestionDestinationIdentifier: arn }));
  const reported = { ingestionDestination: { arn, ingestionArn: fx.ingestionArn, processingConfiguration: PROCESSING, destinationConfiguration: s3Destination("b") } };
  const updated = answer(fx.model.state, "UpdateIngestionDestination", { ...fx.parents, ingestionDestinationIdentifier: arn, destinationConfiguration: s3Destination("b") }, { ok: true, output: reported }).state;
  assert.equal(updated.destinations, [], "a stale cache answering an update is the finding, not a new destination");
  const read = answer(fx.model.state, "GetIngestionDestination", { ...fx.parents, ingestionDestinationIdentifier: arn }, { ok: true, output: reported }).state;
  assert.is(read.destinations[0]?.arn, arn, "a destination still readable after its delete is still there");
});

test.run();
