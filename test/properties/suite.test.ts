import { test } from "uvu";
import * as assert from "uvu/assert";
import { updateChangesProcessing } from "../../emulator/mutants/updateChangesProcessing.ts";
import type { FindingEvent, PropertyEnd } from "../../events/runEvent.ts";
import { updateSemantics } from "../../properties/updateSemantics.ts";
import { idempotentRetry } from "../../properties/idempotentRetry.ts";
import { createValid } from "../../properties/createValid.ts";
import { DEFAULT_SUITE } from "../../properties/defaultSuite.ts";
import { serviceError } from "../../targets/serviceError.ts";
import { localModelTarget, refusing, rewriting, runAgainst } from "./harness.ts";
import { checkNames, kindsOf } from "../findingFixture.ts";

const findings = (events: readonly { type: string }[]) => events.filter((e): e is FindingEvent => e.type === "finding");
const ends = (events: readonly { type: string }[]) => events.filter((e): e is PropertyEnd => e.type === "property.end");

test("the default suite holds against the reference model with no finding at all", async () => {
  const run = await runAgainst(localModelTarget());
  assert.is(run.failures, 0, JSON.stringify(findings(run.events)));
  assert.is(run.observations, 0, JSON.stringify(findings(run.events)));
  const verdicts = ends(run.events).map((e) => e.verdict);
  assert.is(verdicts.length, DEFAULT_SUITE.length + 1, "every property and the parents' lifecycle report a verdict");
  assert.ok(verdicts.every((v) => v === "passed"), JSON.stringify(verdicts));
  assert.ok(run.events.filter((e) => e.type === "case").length > 100);
});

test("a broken model rule on the target side fails with a shrunk counterexample of the right kind", async () => {
  const run = await runAgainst(localModelTarget(1, updateChangesProcessing), { properties: [updateSemantics] });
  const [end] = ends(run.events);
  assert.is(end?.verdict, "failed");
  assert.ok((end?.numShrinks ?? 0) > 0, "the counterexample was not shrunk");
  const counterexample = JSON.parse(end?.counterexample ?? "null") as { updates: unknown[] };
  assert.is(counterexample.updates.length, 1, "shrinking leaves a single update");
  assert.ok(findings(run.events).some((f) => kindsOf(f).includes("model") && checkNames(f).includes("keeps-processingConfiguration") && f.severity === "failure"));
  assert.match(end?.replay ?? "", /replay update-semantics 7 \d/);
});

test("replaying the counterexample's path reproduces the same failure in one case", async () => {
  const first = await runAgainst(localModelTarget(1, updateChangesProcessing), { properties: [updateSemantics] });
  const [end] = ends(first.events);
  const replay = await runAgainst(localModelTarget(1, updateChangesProcessing), { properties: [updateSemantics], path: end?.path ?? "" });
  const [again] = ends(replay.events);
  assert.is(again?.verdict, "failed");
  assert.is(again?.numRuns, 1);
  assert.is(again?.counterexample, end?.counterexample);
});

test("an error outside the operation's documented list is an undocumented-error finding", async () => {
  const target = rewriting(localModelTarget(), "GetIngestionDestination", (o) => ({
    ok: false, trace: o.trace, error: serviceError("ConflictException", { message: "x", resourceId: "r", resourceType: "t" }),
  }));
  const run = await runAgainst(target, { properties: [updateSemantics], numRuns: 5 });
  assert.ok(findings(run.events).some((f) => kindsOf(f).includes("undocumented-error") && f.operation === "GetIngestionDestination" && f.severity === "failure"));
});

test("a divergence on an assumed rule is an observation, and a failure with strict", async () => {
  // The error for a reused clientToken with other parameters is assumed (ConflictException); answer ValidationException instead.
  const quirk = (target: ReturnType<typeof localModelTarget>) => rewriting(target, "CreateIngestionDestination", (o) =>
    !o.ok && o.error.name === "ConflictException"
      ? { ok: false, trace: o.trace, error: serviceError("ValidationException", { message: "IdempotentParameterMismatch", reason: "other" }) }
      : o);
  const lenient = await runAgainst(quirk(localModelTarget()), { properties: [idempotentRetry], numRuns: 10 });
  assert.is(lenient.failures, 0, JSON.stringify(findings(lenient.events)));
  assert.ok(lenient.observations > 0);
  const strict = await runAgainst(quirk(localModelTarget()), { properties: [idempotentRetry], numRuns: 10, strict: true });
  assert.ok(strict.failures > 0);
});

test("a response outside the contract is a contract failure even when the model agrees", async () => {
  const target = rewriting(localModelTarget(), "CreateIngestionDestination", (o) => o.ok
    ? { ...o, output: { ingestionDestination: { ...(o.output.ingestionDestination as object), status: "ACTIVE" } } }
    : o);
  const run = await runAgainst(target, { properties: [createValid], numRuns: 3 });
  assert.ok(findings(run.events).some((f) => kindsOf(f).includes("contract") && checkNames(f).includes("output-schema")));
});

test("updatedAt before createdAt is caught as a contract failure", async () => {
  const rawParquet = (input: Readonly<Record<string, unknown>>) => {
    const pair = (input.processingConfiguration as { auditLog?: { schema?: string; format?: string } } | undefined)?.auditLog;
    return pair?.schema === "raw" && pair.format === "parquet";
  };
  const target = refusing(localModelTarget(), "CreateIngestionDestination", rawParquet, serviceError("ValidationException",
    { message: "raw cannot be parquet", reason: "fieldValidationFailed", fieldList: [{ name: "processingConfiguration", message: "unsupported" }] }));
  const run = await runAgainst(target, { properties: [createValid], numRuns: 60 });
  assert.is(run.failures, 0, JSON.stringify(findings(run.events).filter((f) => f.severity === "failure")));
  assert.ok(run.observations > 0, "raw+parquet was never generated in 60 cases");
});

test.run();
