import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Journal } from "../../safety/Journal.ts";
import { journalingTarget } from "../../safety/journalingTarget.ts";
import { RUN_ID_TAG_KEY } from "../../safety/journalEntry.ts";
import { readJournal } from "../../safety/readJournal.ts";
import { settleJournal } from "../../safety/settleJournal.ts";
import { teardownResources } from "../../safety/teardownResources.ts";
import type { Target } from "../../targets/target.ts";
import { localModelTarget } from "../properties/harness.ts";
import { arnOf, family, newJournal, ok, PROCESSING, S3 } from "./safetyFixtures.ts";

/** A fresh journal for one test, closed and its folder removed afterwards, whatever happens. */
async function withJournal(body: (journal: Journal) => Promise<void> | void, runId?: string): Promise<void> {
  const journal = newJournal(runId);
  try {
    await body(journal);
  } finally {
    journal.close();
    rmSync(dirname(journal.file), { recursive: true, force: true });
  }
}

/** Nothing is sent twice: these tests are about what settling does, not about outlasting faults. */
const NO_PATIENCE = { budget: { deadline: 0 }, delaysMs: [] };

async function remaining(target: Target): Promise<number> {
  return ((await ok(target, "ListAppBundles", {})).appBundleSummaryList as unknown[]).length;
}

test("settling deletes in dependency order (ingestions stopped first) and marks the journal complete", async () => {
  await withJournal(async (journal) => {
    const model = localModelTarget();
    const calls: string[] = [];
    const watched: Target = { ...model, send: (op, input) => { calls.push(op); return model.send(op, input); } };
    const { destination } = await family(journalingTarget(model, journal));
    const report = await settleJournal(journal, watched, NO_PATIENCE);
    assert.equal(report.failed, []);
    assert.is(report.deleted[0], destination);
    assert.equal(calls, ["DeleteIngestionDestination", "StopIngestion", "DeleteIngestion", "DeleteAppBundle"]);
    assert.is(await remaining(model), 0);
    assert.is(readJournal(journal.file).complete, true);
  });
});

test("a create whose answer never came is re-sent with its clientToken, recovering the resource so it can be deleted", async () => {
  await withJournal(async (journal) => {
    const model = localModelTarget();
    const bundle = arnOf(await ok(journalingTarget(model, journal), "CreateAppBundle", {}));
    const ingestion = arnOf(await ok(journalingTarget(model, journal), "CreateIngestion", { appBundleIdentifier: bundle, app: "OKTA", tenantId: "t", ingestionType: "auditLog" }));
    // The process died between sending this create and journaling its answer.
    const input = { appBundleIdentifier: bundle, ingestionIdentifier: ingestion, processingConfiguration: PROCESSING, destinationConfiguration: S3,
      clientToken: "5d6e7f80-1a2b-4c3d-8e9f-a0b1c2d3e4f5" };
    journal.write({ type: "intent", id: "lost", at: "", operation: "CreateIngestionDestination", parents: {}, clientToken: input.clientToken, input });
    const made = arnOf(await ok(model, "CreateIngestionDestination", input));
    assert.equal(readJournal(journal.file).pending.map((i) => i.id), ["lost"]);
    const report = await settleJournal(journal, model, NO_PATIENCE);
    assert.equal(report.failed, []);
    assert.ok(report.deleted.includes(made), "the recovered destination is the one the lost create made");
    assert.is(await remaining(model), 0);
    assert.is(readJournal(journal.file).complete, true);
  });
});

test("what cannot be deleted is reported and the journal stays open for a later cleanup", async () => {
  await withJournal(async (journal) => {
    const model = localModelTarget();
    const { bundle, ingestion } = await family(journalingTarget(model, journal));
    // A destination the journal does not know keeps its ingestion from being deleted.
    await ok(model, "CreateIngestionDestination", { appBundleIdentifier: bundle, ingestionIdentifier: ingestion, processingConfiguration: PROCESSING, destinationConfiguration: S3 });
    const report = await settleJournal(journal, model, { ...NO_PATIENCE, delaysMs: [1] });
    assert.equal(report.failed.map((f) => f.arn), [ingestion, bundle]);
    assert.match(report.failed[0]?.reason ?? "", /ValidationException/);
    assert.is(readJournal(journal.file).complete, false);
    assert.equal(readJournal(journal.file).alive, [bundle, ingestion]);
  });
});

test("teardown treats resources already gone as deleted and refuses ARNs that are not AppFabric's", async () => {
  const model = localModelTarget();
  const { bundle, ingestion, destination } = await family(model);
  await ok(model, "DeleteIngestionDestination", { appBundleIdentifier: bundle, ingestionIdentifier: ingestion, ingestionDestinationIdentifier: destination });
  const report = await teardownResources(model, [bundle, destination, ingestion, "arn:aws:s3:::bucket"], []);
  assert.equal(report.deleted, [destination, ingestion, bundle]);
  assert.equal(report.failed.map((f) => f.arn), ["arn:aws:s3:::bucket"]);
});

/** The model, but every answer to these operations is the given transient error (after the model acted, when `after`). */
function faulty(model: Target, operations: readonly string[], name: "ThrottlingException" | "InternalServerException", after = false): Target {
  return {
    ...model,
    async send(operation, input) {
      if (!operations.includes(operation)) return model.send(operation, input);
      const outcome = after ? await model.send(operation, input) : undefined;
      return { ok: false, error: { kind: "service", name, message: "injected", status: name === "ThrottlingException" ? 429 : 500, members: {} },
        trace: outcome?.trace ?? { operation, exchanges: [], attempts: 1, durationMs: 0 } };
    },
  };
}

const RUN_TAG = { key: RUN_ID_TAG_KEY, value: "00000000-1111-4222-8333-444444444444" };

test("a create re-sent after throttled attempts is one intent, answered by any of its attempts", async () => {
  await withJournal(async (journal) => {
    const intent = (id: string, clientToken: string) =>
      journal.write({ type: "intent", id, at: "", operation: "CreateAppBundle", parents: {}, clientToken, input: { clientToken } });
    intent("first", "token-a");
    intent("again", "token-a");
    journal.write({ type: "created", id: "again", at: "", arn: "arn:aws:appfabric:us-east-1:000000000000:appbundle/a" });
    intent("lost", "token-b");
    intent("lost-again", "token-b");
    assert.equal(readJournal(journal.file).pending.map((i) => i.id), ["lost-again"]);
  });
});

test("a lost create that cannot be re-sent is settled by what the service lists with the run's tag", async () => {
  await withJournal(async (journal) => {
    const model = localModelTarget();
    const { bundle, ingestion } = await family(journalingTarget(model, journal, [], RUN_TAG));
    const input = { appBundleIdentifier: bundle, ingestionIdentifier: ingestion, processingConfiguration: PROCESSING,
      destinationConfiguration: S3, clientToken: "5d6e7f80-1a2b-4c3d-8e9f-a0b1c2d3e4f5", tags: [RUN_TAG] };
    journal.write({ type: "intent", id: "lost", at: "", operation: "CreateIngestionDestination", parents: {}, clientToken: input.clientToken, input });
    await ok(model, "CreateIngestionDestination", input);
    const report = await settleJournal(journal, faulty(model, ["CreateIngestionDestination"], "ThrottlingException"), NO_PATIENCE);
    assert.equal(report.failed, []);
    assert.is(await remaining(model), 0);
    const after = readJournal(journal.file);
    assert.equal([after.complete, after.pending], [true, []]);
  });
});

test("a delete that failed after it took effect is no resource left behind; one the service still holds is", async () => {
  await withJournal(async (journal) => {
    const model = localModelTarget();
    await family(journalingTarget(model, journal, [], RUN_TAG));
    const report = await settleJournal(journal, faulty(model, ["DeleteIngestionDestination"], "InternalServerException", true), NO_PATIENCE);
    assert.equal(report.failed, []);
    assert.is(readJournal(journal.file).complete, true);
    await withJournal(async (stubborn) => {
      const { destination } = await family(journalingTarget(model, stubborn));
      const left = await settleJournal(stubborn, faulty(model, ["DeleteIngestionDestination"], "InternalServerException"), NO_PATIENCE);
      assert.equal(left.failed.map((f) => f.arn).slice(0, 1), [destination]);
    }, "11111111-1111-4222-8333-444444444444");
  });
});

test("throttling through the client's retries does not stop teardown while its budget lasts", async () => {
  await withJournal(async (journal) => {
    const model = localModelTarget();
    let throttles = 3;
    const throttledThrice: Target = { ...model, send: (op, input) => (op.startsWith("Delete") && throttles-- > 0
      ? faulty(model, [op], "ThrottlingException").send(op, input) : model.send(op, input)) };
    await family(journalingTarget(model, journal, [], RUN_TAG));
    const report = await settleJournal(journal, throttledThrice, { budget: { deadline: Date.now() + 60_000, sleep: async () => {} }, delaysMs: [] });
    assert.equal(report.failed, []);
    assert.is(await remaining(model), 0);
    assert.is(readJournal(journal.file).complete, true);
  });
});

test.run();
