/**
 * Verdicts a nightly run can trust: one divergence is one finding, severities follow the rule behind each
 * member, persistent server faults are findings, and cases that prove nothing are counted, never dropped.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mutantNamed } from "../../emulator/mutants/catalogue.ts";
import type { InconclusiveEvent, PropertyEnd } from "../../events/runEvent.ts";
import type { InvalidCase } from "../../generators/defect.ts";
import { checkLabel } from "../../properties/checkLabel.ts";
import { createValid } from "../../properties/createValid.ts";
import { RunBudget } from "../../properties/RunBudget.ts";
import { statefulLifecycle } from "../../properties/statefulLifecycle.ts";
import { serviceError } from "../../targets/serviceError.ts";
import { loadClientModule } from "../../client/loadClientModule.ts";
import { referenceHandle } from "../../emulator/createModelHandle.ts";
import { emulatorTarget } from "../../targets/emulatorTarget.ts";
import { seededIds } from "../../targets/seededIds.ts";
import { contract, localEnv, localModelTarget, refusing, rewriting, runAgainst, wrappedModelTarget } from "./harness.ts";
import { create, failuresIn, findingsIn, first, sequence } from "./sequences.ts";
import { basisOf, checkNames, graded, kindsOf, messagesOf } from "../findingFixture.ts";

const rawParquet = { processingConfiguration: { auditLog: { schema: "raw", format: "parquet" } } };
const isRawParquet = (input: Readonly<Record<string, unknown>>) => JSON.stringify(input.processingConfiguration) === JSON.stringify(rawParquet.processingConfiguration);

test("one divergence on an assumed rule is one observation: the oracle follows the refusal, so later reads raise nothing", async () => {
  const target = refusing(localModelTarget(), "CreateIngestionDestination", isRawParquet,
    serviceError("ValidationException", { message: "raw is never parquet", reason: "other" }));
  const run = await runAgainst(target, { properties: [], corpus: [sequence(create(rawParquet), { op: "list" }, { op: "get", target: first },
    create(), { op: "list", maxResults: 1 }, { op: "delete", target: first }, { op: "list" })] });
  assert.equal(failuresIn(run.events), []);
  const observed = findingsIn(run.events).map((f) => `${f.operation} ${checkNames(f).join(",")}`);
  assert.equal(observed, ["CreateIngestionDestination outcome.unexpected-error"], "one observation, no cascade");
});

test("a list in another order is no failure: members of list items follow the list's order, which is assumed", async () => {
  const target = rewriting(localModelTarget(), "ListIngestionDestinations", (o) => (o.ok
    ? { ...o, output: { ...o.output, ingestionDestinations: [...(o.output.ingestionDestinations as unknown[])].reverse() } } : o));
  const run = await runAgainst(target, { properties: [], corpus: [sequence(create(), create({ tags: [] }), create({ tags: [{ key: "k", value: "v" }] }), { op: "list" }, { op: "list", maxResults: 2 })] });
  assert.equal(failuresIn(run.events), []);
  assert.ok(findingsIn(run.events).some((f) => checkNames(f).some((c) => c.startsWith("output.ingestionDestinations.0.arn")) && f.severity === "observation"));
});

test("refusing one of the first five destinations fails whatever the error looks like: the quota is documented", async () => {
  const mutant = mutantNamed("quota-off-by-one");
  assert.ok(mutant);
  const fill = { op: "fillToQuota", input: (create() as { input: unknown }).input } as never;
  const run = await runAgainst(localModelTarget(1, mutant), { properties: [], corpus: [sequence(fill)] });
  const [failure] = failuresIn(run.events);
  assert.ok(checkNames(failure).includes("outcome.unexpected-error"));
  assert.ok(basisOf(failure).includes("destination.create.quota"), "the documented quota decides it");
});

test("the reason a planted defect implies is compared with the reason answered, as the assumption it is", () => {
  const label = { input: {}, defect: { kind: "tooLong", field: "a.b", description: "one over" }, expected: { name: "ValidationException", reason: "fieldValidationFailed", field: "a.b" } } as InvalidCase;
  const outcome = { ok: false as const, error: serviceError("ValidationException", { message: "m", reason: "other", fieldList: [{ name: "a.b", message: "x" }] }),
    trace: { operation: "CreateIngestionDestination" as const, exchanges: [], attempts: 1, durationMs: 0 } };
  const [reason] = graded(checkLabel(contract, "CreateIngestionDestination", label, outcome));
  assert.is(reason?.check, "reason-of-defect");
  assert.is(reason?.severity, "observation");
  assert.is(graded(checkLabel(contract, "CreateIngestionDestination", label, outcome), true)[0]?.severity, "failure");
});

const firehose = (input: Readonly<Record<string, unknown>>) => JSON.stringify(input.destinationConfiguration ?? "").includes("firehoseStream");

test("a 5xx that persists for one request through every round of retries is a server-error finding with the request in it", async () => {
  const target = refusing(localModelTarget(), "CreateIngestionDestination", firehose, serviceError("InternalServerException", { message: "boom" }));
  const run = await runAgainst(target, { properties: [createValid], numRuns: 40 });
  const [failure] = failuresIn(run.events);
  assert.ok(kindsOf(failure).includes("server-error"));
  assert.ok(checkNames(failure).includes("persistent-5xx"));
  assert.match(messagesOf(failure), /InternalServerException \(HTTP 500\).*\d+ rounds of retries.*firehoseStream/);
  const end = run.events.find((e): e is PropertyEnd => e.type === "property.end" && e.property === "create-valid");
  assert.match(end?.counterexample ?? "", /firehoseStream/);
});

test("a server fault that goes away on a later round is transient, however many rounds of single attempts it took", async () => {
  let faults = 0;
  const flaky = refusing(localModelTarget(), "CreateIngestionDestination", () => faults++ % 20 < 9, serviceError("InternalServerException", { message: "blip" }));
  const run = await runAgainst(flaky, { properties: [createValid], numRuns: 5 });
  assert.equal(failuresIn(run.events), [], "nine 500s in a row, then success: a client whose retry quota ran dry sees one attempt a round");
});

test("an exception inside the emulator's handling is logged on its console and surfaces as a server-error finding", async () => {
  const logged: string[] = [];
  const target = await emulatorTarget({ module: await loadClientModule(), env: { ...localEnv, now: () => new Date(), newId: seededIds(1) }, log: (line) => logged.push(line),
    handling: (env) => {
      const model = referenceHandle(env);
      return (operation, input) => {
        if (operation === "CreateIngestionDestination" && firehose(input)) throw new RangeError("the emulator's own bug");
        return model(operation, input);
      };
    } });
  try {
    const run = await runAgainst(target, { properties: [createValid], numRuns: 30 });
    const [failure] = failuresIn(run.events);
    assert.ok(checkNames(failure).includes("persistent-5xx"));
    assert.match(messagesOf(failure), /RangeError: the emulator's own bug/);
    assert.ok(logged.some((line) => line.includes("RangeError: the emulator's own bug") && line.includes("CreateIngestionDestination")), logged.join("\n"));
  } finally {
    await target.close();
  }
});

test("throttling that outlasts every round makes the case inconclusive: counted, listed with its reason, never a failure", async () => {
  const target = refusing(localModelTarget(), "CreateIngestionDestination", firehose, serviceError("ThrottlingException", { message: "slow down" }));
  const run = await runAgainst(target, { properties: [createValid], numRuns: 40 });
  assert.equal(failuresIn(run.events), []);
  const inconclusive = run.events.filter((e): e is InconclusiveEvent => e.type === "inconclusive");
  assert.ok(inconclusive.length > 0);
  assert.match(inconclusive[0]?.reason ?? "", /throttling persisted/);
  const end = run.events.find((e): e is PropertyEnd => e.type === "property.end" && e.property === "create-valid");
  assert.is(end?.verdict, "passed");
  assert.is(end?.inconclusive, inconclusive.length);
});

test("a budget spent while a sequence sets up its ingestion makes that case inconclusive, not a property error", async () => {
  // Every CreateIngestion is throttled once: setting up a sequence's ingestion takes two requests, and one is left for it.
  let creates = 0;
  const target = wrappedModelTarget((handle) => (operation, input) => (operation === "CreateIngestion" && creates++ % 2 === 0
    ? { ok: false, basis: [], error: { name: "ThrottlingException", members: { message: "slow down" } } } : handle(operation, input)));
  const run = await runAgainst(target, { properties: [statefulLifecycle()], numRuns: 5, budget: new RunBudget({ maxRequests: 4 }) });
  assert.equal(findingsIn(run.events), []);
  assert.is(run.stoppedBy, "max-requests");
  const inconclusive = run.events.filter((e): e is InconclusiveEvent => e.type === "inconclusive");
  assert.equal(inconclusive.map((e) => e.reason), ["setting up the sequence's ingestion: the property's share of the run's max-requests is spent"]);
});

test("a budget spent anywhere is never a failure: the case it cut short is the one inconclusive case, and none starts after it", async () => {
  for (const maxRequests of [30, 37, 44]) {
    const run = await runAgainst(localModelTarget(), { properties: [statefulLifecycle()], numRuns: 50, budget: new RunBudget({ maxRequests }) });
    assert.equal(failuresIn(run.events), [], `--max-requests ${maxRequests}`);
    assert.is(run.stoppedBy, "max-requests");
    assert.ok(run.events.filter((e) => e.type === "inconclusive").length <= 1, `--max-requests ${maxRequests}`);
  }
});

test.run();
