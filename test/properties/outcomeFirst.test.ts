/**
 * Outcome before fields: a call accepted where a documented error is due, or refused where success is due,
 * fails whatever the error's assumed form; what the service acknowledged must be readable; tags keep AWS's
 * tagging semantics after every change.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Handle } from "../../emulator/types.ts";
import type { ModelOutcome } from "../../model/index.ts";
import { checkModel } from "../../properties/checks/checkModel.ts";
import type { Outcome } from "../../targets/outcome.ts";
import { serviceError } from "../../targets/serviceError.ts";
import { runAgainst, wrappedModelTarget } from "./harness.ts";
import { create, failuresIn, first, sequence } from "./sequences.ts";
import { basisOf, checkNames, graded, messagesOf } from "../findingFixture.ts";

const trace = { operation: "CreateIngestionDestination" as const, exchanges: [], attempts: 1, durationMs: 0 };
const answered = (output: Record<string, unknown>): Outcome => ({ ok: true, output, trace });
const refused = (name: string, members: Record<string, unknown>): Outcome => ({ ok: false, error: serviceError(name, { message: "m", ...members }), trace });

test("a success where the documented quota refuses fails, decided by the quota alone; the error's assumed form does not weaken it", () => {
  const quota: ModelOutcome = { ok: false, error: { name: "ServiceQuotaExceededException", members: { message: "m", quotaCode: "L-X" }, memberBasis: { quotaCode: ["quota.codes"] } },
    decidedBy: ["resource.lifecycle", "clientToken.fresh", "destination.create.quota"], basis: ["quota.error"] };
  const [finding] = graded(checkModel("CreateIngestionDestination", answered({ ingestionDestination: {} }), quota));
  assert.is(finding?.check, "outcome.unexpected-success");
  assert.is(finding?.severity, "failure");
  assert.ok(finding?.basis.includes("destination.create.quota"), "the quota is what decides it");
  const [form] = graded(checkModel("CreateIngestionDestination", refused("ServiceQuotaExceededException", { quotaCode: "L-REAL" }), quota));
  assert.is(form?.severity, "observation", "the quota code's value is the assumed part");
  const [other] = graded(checkModel("CreateIngestionDestination", refused("ValidationException", { reason: "other" }), quota));
  assert.is(other?.check, "outcome.other-error");
  assert.is(other?.severity, "failure", "ServiceQuotaExceededException is documented as the error for a quota");
});

test("a documented error where success is due fails; one whose success rests on an assumed rule is an observation", () => {
  const success = (decidedBy: string[]): ModelOutcome => ({ ok: true, output: {}, decidedBy, basis: ["output.form"] });
  const [quota] = graded(checkModel("CreateIngestionDestination", refused("ServiceQuotaExceededException", {}), success(["input.validation", "destination.create.quota"])));
  assert.is(quota?.check, "outcome.unexpected-error");
  assert.is(quota?.severity, "failure");
  const [pair] = graded(checkModel("CreateIngestionDestination", refused("ValidationException", {}), success(["input.validation", "destination.formatCombination"])));
  assert.is(pair?.severity, "observation");
  assert.ok(pair?.basis.includes("destination.formatCombination"));
});

/** The model's handling with one operation answered another way. */
function answering(operation: string, answer: (input: Readonly<Record<string, unknown>>, handle: Handle) => ModelOutcome) {
  return wrappedModelTarget((handle) => (op, input) => (op === operation ? answer(input, handle) : handle(op, input)));
}

const destinationBody = (input: Readonly<Record<string, unknown>>, arn: string) => ({
  ingestionDestination: { arn, ingestionArn: String(input.ingestionIdentifier),
    processingConfiguration: input.processingConfiguration ?? { auditLog: { schema: "ocsf", format: "json" } },
    destinationConfiguration: input.destinationConfiguration, status: "Active", createdAt: new Date(0), updatedAt: new Date(0) },
});

test("an update of a deleted destination answered 200 fails: resource.lifecycle decides it", async () => {
  const target = answering("UpdateIngestionDestination", (input, handle) => {
    const real = handle("UpdateIngestionDestination", input);
    return real.ok ? real : { ok: true, output: destinationBody(input, String(input.ingestionDestinationIdentifier)), basis: [] };
  });
  const run = await runAgainst(target, { properties: [], corpus: [sequence(create(), { op: "delete", target: first },
    { op: "update", target: first, destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "bucket-b" } } } } as never })] });
  const [failure] = failuresIn(run.events);
  assert.ok(checkNames(failure).includes("outcome.unexpected-success"));
  assert.is(failure?.operation, "UpdateIngestionDestination");
  assert.match(messagesOf(failure), /ResourceNotFoundException is due/);
  assert.ok(basisOf(failure).includes("resource.lifecycle"));
});

test("a create beyond the quota answered 201 with a resource that never exists fails on the create itself", async () => {
  let phantom = 0;
  const target = answering("CreateIngestionDestination", (input, handle) => {
    const real = handle("CreateIngestionDestination", input);
    if (real.ok || real.error.name !== "ServiceQuotaExceededException") return real;
    return { ok: true, output: destinationBody(input, `${String(input.ingestionIdentifier)}/ingestiondestination/00000000-0000-4000-8000-${String(++phantom).padStart(12, "0")}`), basis: [] };
  });
  const fill = { op: "fillToQuota", input: (create() as { input: unknown }).input } as never;
  const run = await runAgainst(target, { properties: [], corpus: [sequence(fill)] });
  const [failure] = failuresIn(run.events);
  assert.ok(checkNames(failure).includes("outcome.unexpected-success"));
  assert.match(messagesOf(failure), /ServiceQuotaExceededException is due/);
  assert.ok(basisOf(failure).includes("destination.create.quota"));
});

test("acknowledged means readable: a created destination every read reports missing fails as acknowledged-but-missing", async () => {
  const target = answering("CreateIngestionDestination", (input, handle) => {
    const real = handle("CreateIngestionDestination", input);
    if (real.ok) {
      const { arn } = real.output.ingestionDestination as { arn: string };
      handle("DeleteIngestionDestination", { appBundleIdentifier: input.appBundleIdentifier, ingestionIdentifier: input.ingestionIdentifier, ingestionDestinationIdentifier: arn });
    }
    return real;
  });
  const run = await runAgainst(target, { properties: [], corpus: [sequence(create(), { op: "get", target: first })] });
  const [failure] = failuresIn(run.events);
  assert.ok(checkNames(failure).includes("outcome.acknowledged-but-missing"));
  assert.is(failure?.operation, "GetIngestionDestination");
});

test("a delete acknowledged but still readable fails: the destination is gone from the delete on", async () => {
  const target = answering("DeleteIngestionDestination", () => ({ ok: true, output: {}, basis: [] }));
  const run = await runAgainst(target, { properties: [], corpus: [sequence(create(), { op: "delete", target: first }, { op: "get", target: first })] });
  const [failure] = failuresIn(run.events);
  assert.ok(checkNames(failure).includes("outcome.unexpected-success"));
  assert.is(failure?.operation, "GetIngestionDestination");
});

test("an untag that removes nothing fails tags-set: AWS's tagging semantics hold after every change", async () => {
  const target = answering("UntagResource", () => ({ ok: true, output: {}, basis: [] }));
  const tagged = create({ tags: [{ key: "team", value: "a" }, { key: "env", value: "b" }] });
  const run = await runAgainst(target, { properties: [], corpus: [sequence(tagged, { op: "untag", target: first, tagKeys: ["team"] }, { op: "listTags", target: first })] });
  const [failure] = failuresIn(run.events);
  assert.ok(checkNames(failure).includes("tags-set"));
  assert.match(messagesOf(failure), /"team"="a" \(expected no "team"\)/);
});

test("tag, untag and list on a correct service: no finding, and the tags are held as a set after each change", async () => {
  const tagged = create({ tags: [{ key: "team", value: "a" }] });
  const run = await runAgainst(answering("ListTagsForResource", (input, handle) => {
    const real = handle("ListTagsForResource", input);
    return real.ok ? { ...real, output: { tags: [...(real.output.tags as unknown[])].reverse() } } : real;
  }), { properties: [], corpus: [sequence(tagged, { op: "tag", target: first, tags: [{ key: "team", value: "b" }, { key: "x", value: "1" }] },
    { op: "listTags", target: first }, { op: "untag", target: first, tagKeys: ["x", "absent-key"] }, { op: "listTags", target: first })] });
  assert.equal(failuresIn(run.events), []);
});

test.run();
