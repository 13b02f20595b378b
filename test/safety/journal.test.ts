import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Journal } from "../../safety/Journal.ts";
import { maskSecrets } from "../../secrets/redactSecrets.ts";
import { journalingTarget } from "../../safety/journalingTarget.ts";
import { readJournal } from "../../safety/readJournal.ts";
import { serviceError } from "../../targets/serviceError.ts";
import { localModelTarget, rewriting } from "../properties/harness.ts";
import { arnOf, family, newJournal, ok, PROCESSING, S3 } from "./safetyFixtures.ts";

test("every create is journaled before it is sent and after it returns, with a clientToken; deletes by either identifier", async () => {
  const journal = newJournal();
  const sent: Record<string, unknown>[] = [];
  const model = localModelTarget();
  const target = journalingTarget({ ...model, send: (op, input) => { sent.push(input); return model.send(op, input); } }, journal);
  try {
    const { bundle, ingestion, destination } = await family(target);
    assert.ok(sent.every((input) => typeof input.clientToken === "string"), "a clientToken is added to every create");
    const refused = await target.send("CreateIngestion", { appBundleIdentifier: `${bundle}0`, app: "OKTA", tenantId: "t", ingestionType: "auditLog" });
    assert.not.ok(refused.ok);
    assert.equal(readJournal(journal.file).alive, [bundle, ingestion, destination]);
    assert.equal(readJournal(journal.file).pending, []);
    await ok(target, "DeleteIngestionDestination", { appBundleIdentifier: bundle, ingestionIdentifier: ingestion, ingestionDestinationIdentifier: destination.split("/").at(-1) });
    const lines = readFileSync(journal.file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { type: string });
    assert.equal(lines.map((l) => l.type), ["run", "intent", "created", "intent", "created", "intent", "created", "intent", "rejected", "deleted"]);
    assert.equal(readJournal(journal.file).alive, [bundle, ingestion]);
  } finally {
    journal.close();
    rmSync(dirname(journal.file), { recursive: true, force: true });
  }
});

test("every create carries the run's tag, whichever property made it; a planted non-list tags member stays as it is", async () => {
  const journal = newJournal();
  const sent: unknown[] = [];
  const model = localModelTarget();
  const tag = { key: "appfabric-harness:run-id", value: "run-1" };
  const target = journalingTarget({ ...model, send: (op, input) => { sent.push(input.tags); return model.send(op, input); } }, journal, [], tag);
  try {
    await target.send("CreateAppBundle", {});
    await target.send("CreateAppBundle", { tags: [{ key: "team", value: "x" }] });
    await target.send("CreateAppBundle", { tags: [{ key: tag.key, value: "chosen" }] });
    await target.send("CreateAppBundle", { tags: "not-a-list" });
    assert.equal(sent, [[tag], [{ key: "team", value: "x" }, tag], [{ key: tag.key, value: "chosen" }], "not-a-list"]);
  } finally {
    journal.close();
    rmSync(dirname(journal.file), { recursive: true, force: true });
  }
});

test("a create answered with a transient error stays pending: it may have happened", async () => {
  const journal = newJournal();
  const flaky = rewriting(localModelTarget(), "CreateAppBundle", (outcome) =>
    ({ ok: false, error: serviceError("InternalServerException", { message: "boom" }), trace: outcome.trace }));
  try {
    await journalingTarget(flaky, journal).send("CreateAppBundle", { clientToken: "1b0c8a4e-9d7f-4c3b-a2e1-0f9e8d7c6b5a" });
    const state = readJournal(journal.file);
    assert.is(state.pending.length, 1);
    assert.is(state.pending[0]?.clientToken, "1b0c8a4e-9d7f-4c3b-a2e1-0f9e8d7c6b5a");
    assert.is(state.complete, false);
  } finally {
    journal.close();
    rmSync(dirname(journal.file), { recursive: true, force: true });
  }
});

test("a line cut short by a kill ends the journal; damage elsewhere is an error", async () => {
  const journal = newJournal();
  try {
    const target = journalingTarget(localModelTarget(), journal);
    await ok(target, "CreateAppBundle", {});
    journal.close();
    appendFileSync(journal.file, '{"type":"intent","id":"x","operation":"CreateIngestionDestination","inp');
    assert.is(readJournal(journal.file).alive.length, 1);
    appendFileSync(journal.file, `\n${JSON.stringify({ type: "complete", at: "" })}\n`);
    assert.throws(() => readJournal(journal.file), /not a journal line/);
  } finally {
    rmSync(dirname(journal.file), { recursive: true, force: true });
  }
});

test("reopened after a kill mid-write, a journal takes new lines on lines of their own: a cut line is dropped, a whole one kept", async () => {
  const journal = newJournal();
  try {
    const target = journalingTarget(localModelTarget(), journal);
    const bundle = arnOf(await ok(target, "CreateAppBundle", {}));
    journal.close();
    const whole = readFileSync(journal.file, "utf8");
    writeFileSync(journal.file, `${whole}{"type":"intent","id":"x","operation":"CreateIngestion","inp`);
    const cut = Journal.reopen(journal.file);
    cut.write({ type: "deleted", at: "", arn: bundle });
    cut.close();
    assert.is(readFileSync(journal.file, "utf8"), `${whole}${JSON.stringify({ type: "deleted", at: "", arn: bundle })}\n`);
    writeFileSync(journal.file, whole.trimEnd());
    const unended = Journal.reopen(journal.file);
    unended.write({ type: "deleted", at: "", arn: bundle });
    unended.close();
    assert.equal(readJournal(journal.file).alive, []);
  } finally {
    rmSync(dirname(journal.file), { recursive: true, force: true });
  }
});

test("the journal is redacted like every file the harness writes: a credential in use never reaches it, whatever its length", () => {
  const journal = newJournal();
  try {
    maskSecrets(["jK7q"]);
    const scrubbed = journal.file.replace(/\.jsonl$/, ".scrubbed.jsonl");
    const other = Journal.reopen(scrubbed);
    other.write({ type: "intent", id: "i", at: "", operation: "CreateIngestionDestination", parents: {}, clientToken: "jK7q",
      input: { processingConfiguration: PROCESSING, destinationConfiguration: S3 } });
    other.close();
    assert.not.match(readFileSync(scrubbed, "utf8"), /jK7q/);
    assert.match(readFileSync(scrubbed, "utf8"), /\[REDACTED\]/);
  } finally {
    journal.close();
    rmSync(dirname(journal.file), { recursive: true, force: true });
  }
});

test.run();
