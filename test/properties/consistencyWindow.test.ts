/** Eventual consistency: a read that lags behind an acknowledged write is read again until the window ends. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { delayedVisibility } from "../../emulator/delayedVisibility.ts";
import type { LagEvent } from "../../events/runEvent.ts";
import { judge } from "../../properties/judging/judge.ts";
import { judgeState, type JudgeState } from "../../properties/judging/JudgeState.ts";
import { recentStates } from "../../properties/judging/lagging.ts";
import { statefulLifecycle } from "../../properties/statefulLifecycle.ts";
import { updateSemantics } from "../../properties/updateSemantics.ts";
import { handleTarget } from "../../targets/modelTarget.ts";
import { seededIds } from "../../targets/seededIds.ts";
import { EMPTY_STATE } from "../../model/index.ts";
import { contract, localEnv, localModelTarget, rewriting, runAgainst, tickingClock } from "./harness.ts";
import { create, failuresIn, first, sequence } from "./sequences.ts";
import { checkNames } from "../findingFixture.ts";

/** A service whose reads show the state of `delayMs` ago. */
const lagging = (delayMs: number) => handleTarget(delayedVisibility(delayMs)({ ...localEnv, now: tickingClock(), newId: seededIds(1) }));
const lags = (events: readonly { type: string }[]) => events.filter((e): e is LagEvent => e.type === "lag");

test("within the window a lagging read is read again until it agrees: no finding, and the lag is counted", async () => {
  const run = await runAgainst(lagging(30), { properties: [updateSemantics, statefulLifecycle()], numRuns: 15, consistencyWindowMs: 1000 });
  assert.equal(failuresIn(run.events), []);
  const seen = lags(run.events);
  assert.ok(seen.length > 0, "no read lagged");
  assert.ok(seen.every((l) => l.settled && l.lagMs >= 0 && l.lagMs < 1000));
});

test("without a window the same service's lagging reads are failures: the window is what absorbs them", async () => {
  const run = await runAgainst(lagging(30), { properties: [updateSemantics], numRuns: 15 });
  assert.ok(failuresIn(run.events).length > 0);
});

test("a read still disagreeing when the window ends is a finding, and the lag is reported as unsettled", async () => {
  const run = await runAgainst(lagging(400), { properties: [], corpus: [sequence(create(), { op: "get", target: first })], consistencyWindowMs: 100 });
  const [failure] = failuresIn(run.events);
  assert.ok(checkNames(failure).includes("outcome.acknowledged-but-missing"));
  const [lag] = lags(run.events);
  assert.is(lag?.settled, false);
  assert.ok((lag?.lagMs ?? 0) >= 100);
});

/** A lagging service whose Update checks existence on the replica that answers reads. */
function replicaChecked() {
  const handle = delayedVisibility(40)({ ...localEnv, now: tickingClock(), newId: seededIds(1) });
  return handleTarget((operation, input) => {
    if (operation !== "UpdateIngestionDestination") return handle(operation, input);
    const { destinationConfiguration: _, ...address } = input;
    const seen = handle("GetIngestionDestination", address);
    return seen.ok ? handle(operation, input) : seen;
  });
}

test("a write refused as an earlier state would refuse it (an update the service does not see the create for yet) is sent again within the window", async () => {
  const update = { op: "update", target: first, destinationConfiguration: { auditLog: { destination: { firehoseStream: { streamName: "abc" } } } } } as never;
  const run = await runAgainst(replicaChecked(), { properties: [], corpus: [sequence(create(), update)], consistencyWindowMs: 1000 });
  assert.equal(failuresIn(run.events), []);
  assert.ok(lags(run.events).some((l) => l.operation === "UpdateIngestionDestination" && l.settled));
  const strict = await runAgainst(replicaChecked(), { properties: [], corpus: [sequence(create(), update)] });
  assert.ok(checkNames(failuresIn(strict.events)[0]).includes("outcome.acknowledged-but-missing"), "without a window the refusal is judged at once");
});

test("only a disagreement some recent state explains waits: a body no write ever gave is judged at once", async () => {
  const wrong = rewriting(localModelTarget(), "GetIngestionDestination", (o) => (o.ok
    ? { ...o, output: { ingestionDestination: { ...(o.output.ingestionDestination as object), destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "never-written" } } } } } } }
    : o));
  const run = await runAgainst(wrong, { properties: [], corpus: [sequence(create(), { op: "get", target: first })], consistencyWindowMs: 5000 });
  assert.ok(failuresIn(run.events).some((f) => checkNames(f).some((c) => c.startsWith("output.ingestionDestination.destinationConfiguration"))));
  assert.equal(lags(run.events), [], "nothing was read again");
});

test("the judge keeps the state before each write acknowledged within the window, newest first, then lets it go", () => {
  const env = { ...localEnv, contract, windowMs: 100 };
  const write = (at: number, state: JudgeState): JudgeState => judge(env, state, {
    operation: "TagResource", input: { resourceArn: "arn:aws:appfabric:us-east-1:123456789012:appbundle/b", tags: [{ key: "k", value: "v" }] },
    sent: { outcome: { ok: true, output: {}, trace: { operation: "TagResource", exchanges: [], attempts: 1, durationMs: 0 } }, rounds: 1 }, at,
  }).next;
  const start = judgeState();
  assert.is(recentStates(env, start, 0), undefined);
  const once = write(0, start);
  const twice = write(50, { ...once, model: { ...once.model, seq: 1 } });
  assert.equal(recentStates(env, twice, 50), { states: [{ ...once.model, seq: 1 }, start.model], since: 50, until: 150 });
  assert.equal(recentStates(env, twice, 120)?.states, [{ ...once.model, seq: 1 }]);
  assert.is(recentStates(env, twice, 151), undefined);
  assert.is(recentStates({ ...env, windowMs: 0 }, write(0, start), 0), undefined, "no window: nothing is kept");
  assert.equal(write(0, start).writes, write(0, start).writes, "judging is pure: the same call from the same state gives the same state");
});

test.run();
