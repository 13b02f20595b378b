import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { journalingTarget } from "../../safety/journalingTarget.ts";
import { readJournal } from "../../safety/readJournal.ts";
import { settleJournal } from "../../safety/settleJournal.ts";
import { teardownResources } from "../../safety/teardownResources.ts";
import type { Target } from "../../targets/target.ts";
import { localModelTarget } from "../properties/harness.ts";
import { arnOf, family, newJournal, ok, PROCESSING, S3 } from "./safetyFixtures.ts";

async function remaining(target: Target): Promise<number> {
  return ((await ok(target, "ListAppBundles", {})).appBundleSummaryList as unknown[]).length;
}

test("settling deletes in dependency order (ingestions stopped first) and marks the journal complete", async () => {
  const journal = newJournal();
  const model = localModelTarget();
  const calls: string[] = [];
  const watched: Target = { ...model, send: (op, input) => { calls.push(op); return model.send(op, input); } };
  try {
    const { destination } = await family(journalingTarget(model, journal));
    const report = await settleJournal(journal, watched, []);
    assert.equal(report.failed, []);
    assert.is(report.deleted[0], destination);
    assert.equal(calls, ["DeleteIngestionDestination", "StopIngestion", "DeleteIngestion", "DeleteAppBundle"]);
    assert.is(await remaining(model), 0);
    assert.is(readJournal(journal.file).complete, true);
  } finally {
    journal.close();
    rmSync(dirname(journal.file), { recursive: true, force: true });
  }
});

test("a create whose answer never came is re-sent with its clientToken, recovering the resource so it can be deleted", async () => {
  const journal = newJournal();
  const model = localModelTarget();
  try {
    const bundle = arnOf(await ok(journalingTarget(model, journal), "CreateAppBundle", {}));
    const ingestion = arnOf(await ok(journalingTarget(model, journal), "CreateIngestion", { appBundleIdentifier: bundle, app: "OKTA", tenantId: "t", ingestionType: "auditLog" }));
    // The process died between sending this create and journaling its answer.
    const input = { appBundleIdentifier: bundle, ingestionIdentifier: ingestion, processingConfiguration: PROCESSING, destinationConfiguration: S3,
      clientToken: "5d6e7f80-1a2b-4c3d-8e9f-a0b1c2d3e4f5" };
    journal.write({ type: "intent", id: "lost", at: "", operation: "CreateIngestionDestination", parents: {}, clientToken: input.clientToken, input });
    const made = arnOf(await ok(model, "CreateIngestionDestination", input));
    assert.equal(readJournal(journal.file).pending.map((i) => i.id), ["lost"]);
    const report = await settleJournal(journal, model, []);
    assert.equal(report.failed, []);
    assert.ok(report.deleted.includes(made), "the recovered destination is the one the lost create made");
    assert.is(await remaining(model), 0);
    assert.is(readJournal(journal.file).complete, true);
  } finally {
    journal.close();
    rmSync(dirname(journal.file), { recursive: true, force: true });
  }
});

test("what cannot be deleted is reported and the journal stays open for a later cleanup", async () => {
  const journal = newJournal();
  const model = localModelTarget();
  try {
    const { bundle, ingestion } = await family(journalingTarget(model, journal));
    // A destination the journal does not know keeps its ingestion from being deleted.
    await ok(model, "CreateIngestionDestination", { appBundleIdentifier: bundle, ingestionIdentifier: ingestion, processingConfiguration: PROCESSING, destinationConfiguration: S3 });
    const report = await settleJournal(journal, model, [1]);
    assert.equal(report.failed.map((f) => f.arn), [ingestion, bundle]);
    assert.match(report.failed[0]?.reason ?? "", /ValidationException/);
    assert.is(readJournal(journal.file).complete, false);
    assert.equal(readJournal(journal.file).alive, [bundle, ingestion]);
  } finally {
    journal.close();
    rmSync(dirname(journal.file), { recursive: true, force: true });
  }
});

test("teardown treats resources already gone as deleted and refuses ARNs that are not AppFabric's", async () => {
  const model = localModelTarget();
  const { bundle, ingestion, destination } = await family(model);
  await ok(model, "DeleteIngestionDestination", { appBundleIdentifier: bundle, ingestionIdentifier: ingestion, ingestionDestinationIdentifier: destination });
  const report = await teardownResources(model, [bundle, destination, ingestion, "arn:aws:s3:::bucket"], []);
  assert.equal(report.deleted, [destination, ingestion, bundle]);
  assert.equal(report.failed.map((f) => f.arn), ["arn:aws:s3:::bucket"]);
});

test.run();
