import { test } from "uvu";
import * as assert from "uvu/assert";
import { MODEL_RULES } from "../../model/rules.ts";
import { ReferenceModel } from "../../model/ReferenceModel.ts";
import { EMPTY_STATE, type ModelState } from "../../model/state.ts";
import { MODEL_OPERATIONS, step } from "../../model/step.ts";
import type { ModelEnv, ModelInput, ModelOutcome } from "../../model/types.ts";
import { err, firehoseDestination, idOf, ok, PROCESSING, rec, s3Destination, testEnv, text } from "./modelFixtures.ts";

const CATALOGUE = [
  "CreateAppBundle", "GetAppBundle", "ListAppBundles", "DeleteAppBundle",
  "CreateIngestion", "GetIngestion", "ListIngestions", "StartIngestion", "StopIngestion", "DeleteIngestion",
  "CreateIngestionDestination", "GetIngestionDestination", "UpdateIngestionDestination",
  "ListIngestionDestinations", "DeleteIngestionDestination",
  "TagResource", "UntagResource", "ListTagsForResource",
];

/** A scripted session touching every operation; later inputs are derived from earlier outputs. */
interface Session {
  states: ModelState[];
  outcomes: ModelOutcome[];
  requests: [string, ModelInput][];
  /** Deep copies of each request's start state, taken before the request ran. */
  snapshots: ModelState[];
}

function session(env: ModelEnv): Session {
  const states: ModelState[] = [EMPTY_STATE];
  const outcomes: ModelOutcome[] = [];
  const requests: [string, ModelInput][] = [];
  const snapshots: ModelState[] = [];
  const run = (operation: string, input: ModelInput): Readonly<Record<string, unknown>> => {
    const current = states[states.length - 1] as ModelState;
    snapshots.push(structuredClone(current));
    const result = step(current, operation, input, env);
    states.push(result.state);
    outcomes.push(result.outcome);
    requests.push([operation, input]);
    return result.outcome.ok ? result.outcome.output : {};
  };
  const bundleArn = text(rec(run("CreateAppBundle", { tags: [{ key: "a", value: "1" }] })["appBundle"])["arn"]);
  const ingestionArn = text(rec(run("CreateIngestion", { appBundleIdentifier: bundleArn, app: "OKTA", tenantId: "t", ingestionType: "auditLog" })["ingestion"])["arn"]);
  const parents = { appBundleIdentifier: idOf(bundleArn), ingestionIdentifier: ingestionArn };
  const destinationArn = text(rec(run("CreateIngestionDestination", {
    ...parents, processingConfiguration: PROCESSING, destinationConfiguration: s3Destination("b-1"), clientToken: "c",
  })["ingestionDestination"])["arn"]);
  const address = { ...parents, ingestionDestinationIdentifier: idOf(destinationArn) };
  run("GetAppBundle", { appBundleIdentifier: bundleArn });
  run("ListAppBundles", {});
  run("GetIngestion", parents);
  run("ListIngestions", { appBundleIdentifier: bundleArn, maxResults: 1 });
  run("UpdateIngestionDestination", { ...address, destinationConfiguration: firehoseDestination("s-1") });
  run("GetIngestionDestination", address);
  run("ListIngestionDestinations", parents);
  run("TagResource", { resourceArn: destinationArn, tags: [{ key: "k", value: "v" }] });
  run("ListTagsForResource", { resourceArn: destinationArn });
  run("UntagResource", { resourceArn: destinationArn, tagKeys: ["k"] });
  run("DeleteIngestionDestination", address);
  run("DeleteIngestionDestination", address);
  run("StopIngestion", parents);
  run("StartIngestion", parents);
  run("StopIngestion", parents);
  run("DeleteIngestion", parents);
  run("DeleteAppBundle", { appBundleIdentifier: bundleArn });
  run("DeleteAppBundle", { appBundleIdentifier: bundleArn });
  return { states, outcomes, requests, snapshots };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

test("the model handles exactly the catalogue's 18 operations", () => {
  assert.equal([...MODEL_OPERATIONS].sort(), [...CATALOGUE].sort());
});

test("an unknown operation is a ValidationException with reason unknownOperation", () => {
  const env = testEnv();
  const result = step(EMPTY_STATE, "DescribeEverything", {}, env);
  assert.is(err(result.outcome, "ValidationException")["reason"], "unknownOperation");
  assert.equal(result.outcome.basis, ["operation.unknown"]);
  assert.is(result.state, EMPTY_STATE);
  for (const inherited of ["toString", "constructor", "__proto__"]) {
    assert.is(err(step(EMPTY_STATE, inherited, {}, env).outcome, "ValidationException")["reason"], "unknownOperation");
  }
});

test("validator violations become a fieldValidationFailed ValidationException before any rule", () => {
  const violation = { name: "destinationConfiguration.auditLog.destination.s3Bucket.bucketName", message: "too short" };
  const env = testEnv((operation) => (operation === "CreateAppBundle" ? [violation] : []));
  const input = { tags: [] };
  const result = step(EMPTY_STATE, "CreateAppBundle", input, env);
  const members = err(result.outcome, "ValidationException");
  assert.is(members["reason"], "fieldValidationFailed");
  assert.equal(members["fieldList"], [violation]);
  assert.match(text(members["message"]), /bucketName: too short/);
  assert.equal(result.outcome.decidedBy, ["input.validation"]);
  assert.equal(result.outcome.basis, ["input.validation"], "which error: the documented one for invalid input, nothing else applies");
  assert.ok(!result.outcome.ok && result.outcome.error.memberBasis?.["fieldList"]?.includes("input.validation.fieldList"));
  assert.ok(!result.outcome.ok && result.outcome.error.memberBasis?.["reason"]?.includes("input.validation.reason"));
  assert.is(result.state, EMPTY_STATE);
  assert.equal(env.calls, [{ operation: "CreateAppBundle", input }]);
  assert.is(env.calls[0]?.input, input, "the validator sees the input itself");
});

test("step never mutates the state or the input it is given", () => {
  const { states, requests, snapshots } = session(testEnv());
  snapshots.forEach((snapshot, i) => assert.equal(states[i], snapshot, `state before request ${i} was changed later`));
  const env = testEnv();
  requests.forEach(([operation, input], i) => {
    // Frozen values make any in-place write throw (modules run in strict mode).
    step(deepFreeze(structuredClone(snapshots[i] as ModelState)), operation, deepFreeze(structuredClone(input)), env);
  });
});

test("same state, input and env answers give the same outcomes and states", () => {
  const first = session(testEnv());
  const second = session(testEnv());
  assert.equal(second.outcomes, first.outcomes);
  assert.equal(second.states, first.states);
  assert.ok(first.outcomes.some((o) => !o.ok), "the session covers failures too");
});

test("states are structurally cloneable and a cloned state behaves the same", () => {
  const { states } = session(testEnv());
  const mid = states[4] as ModelState;
  const original = step(mid, "ListIngestions", { appBundleIdentifier: mid.appBundles[0]?.arn }, testEnv());
  const cloned = step(structuredClone(mid), "ListIngestions", { appBundleIdentifier: mid.appBundles[0]?.arn }, testEnv());
  assert.equal(cloned.outcome, original.outcome);
  assert.equal(JSON.parse(JSON.stringify(mid)), mid);
});

test("every outcome says what decided it and cites known rules only", () => {
  const known = new Set(MODEL_RULES.map((r) => r.id));
  const { outcomes } = session(testEnv());
  for (const outcome of outcomes) {
    assert.ok(outcome.basis.length > 0 && (outcome.decidedBy ?? []).length > 0);
    const members = outcome.ok ? [] : Object.values(outcome.error.memberBasis ?? {}).flat();
    for (const id of [...outcome.basis, ...(outcome.decidedBy ?? []), ...members]) assert.ok(known.has(id), id);
  }
});

test("timestamps are fresh Date objects: mutating one does not touch the state", () => {
  const model = new ReferenceModel(testEnv());
  const bundleArn = text(rec(ok(model.handle("CreateAppBundle", {}))["appBundle"])["arn"]);
  const created = rec(ok(model.handle("CreateIngestion", { appBundleIdentifier: bundleArn, app: "A", tenantId: "t", ingestionType: "auditLog" }))["ingestion"]);
  const createdAt = created["createdAt"] as Date;
  const original = createdAt.getTime();
  createdAt.setTime(0);
  const again = rec(ok(model.handle("GetIngestion", { appBundleIdentifier: bundleArn, ingestionIdentifier: created["arn"] }))["ingestion"]);
  assert.is((again["createdAt"] as Date).getTime(), original);
  assert.is.not(again["createdAt"], createdAt);
});

test("ReferenceModel holds the state between calls and can start from a given state", () => {
  const env = testEnv();
  const model = new ReferenceModel(env);
  assert.is(model.state, EMPTY_STATE);
  ok(model.handle("CreateAppBundle", {}));
  assert.is(model.state.appBundles.length, 1);
  const resumed = new ReferenceModel(env, model.state);
  assert.is(err(resumed.handle("CreateAppBundle", {}), "ServiceQuotaExceededException")["quotaCode"], "L-APPBUNDLES");
});

test.run();
