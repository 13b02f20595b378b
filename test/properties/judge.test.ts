import { test } from "uvu";
import * as assert from "uvu/assert";
import type { OperationName } from "../../contracts/operationCatalogue.ts";
import { gradeDivergence } from "../../properties/gradeDivergence.ts";
import { judge, type Call } from "../../properties/judging/judge.ts";
import { judgeState, type JudgeState } from "../../properties/judging/JudgeState.ts";
import { lagging, recentStates } from "../../properties/judging/lagging.ts";
import { linearize } from "../../properties/judging/linearize.ts";
import type { Outcome } from "../../targets/outcome.ts";
import { contract, localEnv, localModelTarget } from "./harness.ts";

// The judge is taken on its own here: no runner, no oracle, no target behind it; only answers and states.
const env = { ...localEnv, contract, windowMs: 1000 };
const isFailure = (d: Parameters<typeof gradeDivergence>[0]) => gradeDivergence(d, false) === "failure";
const answered = (operation: OperationName, input: Record<string, unknown>, outcome: Outcome, at = 0): Call =>
  ({ operation, input, sent: { outcome, rounds: 1 }, at });

/** A state holding an app bundle, an ingestion and one destination, judged from the reference model's own answers. */
async function withDestination(): Promise<{ state: JudgeState; parents: Record<string, string>; destination: Record<string, unknown>; serve: ReturnType<typeof localModelTarget> }> {
  const serve = localModelTarget();
  let state = judgeState();
  const step = async (operation: OperationName, input: Record<string, unknown>) => {
    const outcome = await serve.send(operation, input);
    const judged = judge(env, state, answered(operation, input, outcome));
    assert.equal(judged.divergences, [], `${operation} against the model itself`);
    state = judged.next;
    return outcome.ok ? outcome.output : {};
  };
  const bundle = (await step("CreateAppBundle", {})).appBundle as { arn: string };
  const ingestion = (await step("CreateIngestion", { appBundleIdentifier: bundle.arn, app: "OKTA", tenantId: "t", ingestionType: "auditLog" })).ingestion as { arn: string };
  const parents = { appBundleIdentifier: bundle.arn, ingestionIdentifier: ingestion.arn };
  const created = await step("CreateIngestionDestination", { ...parents, processingConfiguration: { auditLog: { schema: "ocsf", format: "json" } },
    destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "bucket-a" } } } } });
  return { state, parents, destination: created.ingestionDestination as Record<string, unknown>, serve };
}

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
};

test("judge is a function of state and call: the same call from the same state gives the same judgement, and the state is left as it was", async () => {
  const { state, parents, destination, serve } = await withDestination();
  const input = { ...parents, ingestionDestinationIdentifier: destination.arn };
  const call = answered("GetIngestionDestination", input, await serve.send("GetIngestionDestination", input), 10);
  const before = structuredClone({ model: state.model, tokens: [...state.tokens], writes: state.writes });
  deepFreeze(state.model);
  const once = judge(env, state, call), twice = judge(env, state, call);
  assert.equal(once.divergences, twice.divergences);
  assert.equal(once.next.model, twice.next.model);
  assert.equal(once.divergences, []);
  assert.equal({ model: state.model, tokens: [...state.tokens], writes: state.writes }, before);
});

test("an answer the model does not predict diverges, and the next state is what the service did", async () => {
  const { state, parents, destination } = await withDestination();
  const input = { ...parents, ingestionDestinationIdentifier: destination.arn, destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "bucket-b" } } } } };
  // The service answers the update with the old bucket: a lost write.
  const outcome: Outcome = { ok: true, output: { ingestionDestination: destination }, trace: { operation: "UpdateIngestionDestination", exchanges: [], attempts: 1, durationMs: 0 } };
  const judged = judge(env, state, answered("UpdateIngestionDestination", input, outcome, 20));
  assert.ok(judged.divergences.some(isFailure), "a lost write is a failure");
  assert.equal(judged.prediction.ok && (judged.prediction.output.ingestionDestination as { destinationConfiguration: unknown }).destinationConfiguration,
    input.destinationConfiguration, "the prediction is the documented update");
  const kept = judged.next.model.destinations.find((d) => d.arn === destination.arn);
  assert.equal(kept?.destinationConfiguration, destination.destinationConfiguration, "later calls are predicted from what the service did");
});

test("linearize judges each order of concurrent calls on its own candidate state and keeps only the one that happened", async () => {
  const { state, parents, destination } = await withDestination();
  const address = { ...parents, ingestionDestinationIdentifier: destination.arn };
  const trace = (operation: OperationName) => ({ operation, exchanges: [], attempts: 1, durationMs: 0 });
  // A read and a delete in flight together; the read saw the destination, so it ran first.
  const get = answered("GetIngestionDestination", address, { ok: true, output: { ingestionDestination: destination }, trace: trace("GetIngestionDestination") }, 30);
  const del = answered("DeleteIngestionDestination", address, { ok: true, output: {}, trace: trace("DeleteIngestionDestination") }, 30);
  const happened = judge(env, judge(env, state, get).next, del);
  const rejected = judge(env, judge(env, state, del).next, get);
  assert.ok(rejected.divergences.length > 0, "the other order does not explain the read");
  for (const calls of [[get, del], [del, get]]) {
    const judged = linearize(env, state, calls, isFailure);
    assert.equal(judged.divergences, []);
    // Only the order that happened left its writes and its state: the rejected one recorded nothing.
    assert.equal(judged.next.model, happened.next.model);
    assert.equal(judged.next.writes, happened.next.writes);
  }
  assert.is(state.writes.length, 3, "the starting state is untouched by the candidates");
});

test("a read inside the window is lagging when a state from before a recent write explains it, judged without moving the state", async () => {
  const { state, parents, destination, serve } = await withDestination();
  const address = { ...parents, ingestionDestinationIdentifier: destination.arn };
  const update = { ...address, destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "bucket-b" } } } } };
  const updated = judge(env, state, answered("UpdateIngestionDestination", update, await serve.send("UpdateIngestionDestination", update), 100));
  assert.equal(updated.divergences, []);
  // The read still shows the destination from before the update.
  const stale = answered("GetIngestionDestination", address, { ok: true, output: { ingestionDestination: destination },
    trace: { operation: "GetIngestionDestination", exchanges: [], attempts: 1, durationMs: 0 } }, 150);
  const judged = judge(env, updated.next, stale);
  assert.ok(judged.divergences.some(isFailure), "against the newest state the read is stale");
  const recent = recentStates(env, updated.next, 150);
  assert.ok(recent, "the update is inside the window");
  assert.ok(lagging(env, updated.next, stale, judged, isFailure, recent.states));
  assert.not.ok(lagging(env, updated.next, stale, judged, isFailure, []), "no earlier state, no lag");
  assert.is(recentStates(env, updated.next, 100 + env.windowMs + 1), undefined, "after the window nothing excuses it");
  // A read with a body no recent state had is not lag, however recent the write.
  const wrong = { ...destination, destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "never-written" } } } } };
  const invented = answered("GetIngestionDestination", address, { ok: true, output: { ingestionDestination: wrong },
    trace: { operation: "GetIngestionDestination", exchanges: [], attempts: 1, durationMs: 0 } }, 150);
  assert.not.ok(lagging(env, updated.next, invented, judge(env, updated.next, invented), isFailure, recent.states));
});

test("page tokens are part of the state: a later page is asked with the model's own token, and an earlier state knows none of it", async () => {
  const { state, parents, serve } = await withDestination();
  let current = state;
  for (const bucket of ["bucket-b", "bucket-c"]) {
    const input = { ...parents, destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: bucket } } } },
      processingConfiguration: { auditLog: { schema: "ocsf", format: "json" } } };
    current = judge(env, current, answered("CreateIngestionDestination", input, await serve.send("CreateIngestionDestination", input), 200)).next;
  }
  const first = { ...parents, maxResults: 1 };
  const page = await serve.send("ListIngestionDestinations", first);
  assert.ok(page.ok && typeof page.output.nextToken === "string");
  // The service's token is opaque and its own: rename it, as another service would spell it.
  const theirs = { ...page, output: { ...(page.ok ? page.output : {}), nextToken: "their-token" } } as Outcome;
  const listed = judge(env, current, answered("ListIngestionDestinations", first, theirs, 210));
  assert.equal(listed.divergences, []);
  assert.ok(listed.next.tokens.has("their-token"));
  assert.not.ok(current.tokens.has("their-token"), "the state judged from is unchanged");
  const second = { ...first, nextToken: "their-token" };
  const ours = page.ok ? String(page.output.nextToken) : "";
  const next = await serve.send("ListIngestionDestinations", { ...first, nextToken: ours });
  assert.equal(judge(env, listed.next, answered("ListIngestionDestinations", second, next, 220)).divergences, []);
});

test.run();
