/**
 * `cleanup` over a journal folder holding, beside a killed run's journal, an empty one (a kill -9 right after
 * the file was created) and a damaged one: the readable journal is settled, the damaged one is named and left,
 * exit 1; the empty one created nothing, so it is said to be empty and nothing is left of it (alone: exit 0).
 * The endpoint is given with a password, which is neither printed nor in the way of matching the journal.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadClientModule } from "../../client/loadClientModule.ts";
import { Journal } from "../../safety/Journal.ts";
import { RUN_ID_TAG_KEY } from "../../safety/journalEntry.ts";
import { journalingTarget } from "../../safety/journalingTarget.ts";
import { readJournals } from "../../safety/readJournal.ts";
import { liveTarget } from "../../targets/liveTarget.ts";
import { family } from "../safety/safetyFixtures.ts";
import { everything, FAKE, spawnHarness, startLiveEmulator } from "./liveFixtures.ts";

test("cleanup settles every readable journal and names the unreadable ones, without a stack trace", async () => {
  const emulator = await startLiveEmulator();
  const dir = mkdtempSync(join(tmpdir(), "harness-cleanup-"));
  const journals = join(dir, "journals");
  try {
    const journal = Journal.create(journals, { type: "run", runId: "11111111-2222-4333-8444-555555555555", at: new Date().toISOString(),
      endpoint: emulator.url, region: "us-east-1", tagKey: RUN_ID_TAG_KEY });
    const target = liveTarget({ module: await loadClientModule("built-in"), endpoint: emulator.url, region: "us-east-1",
      credentials: async () => FAKE, maxAttempts: 1, beforeAttempt: async () => {} });
    // Journals are read in name order: the unreadable ones come first, so they must not stop the rest.
    await family(journalingTarget(target, journal));
    journal.close();
    await target.close();
    writeFileSync(join(journals, "0-empty.jsonl"), "");
    writeFileSync(join(journals, "0-damaged.jsonl"), '{"type":"run"\n{"type":"complete"}\n');
    // Given with userinfo, the endpoint is still the one the journal names (journals record it without).
    const endpoint = emulator.url.replace("http://", "http://user:Cleanup-Passw0rd@");
    const result = await spawnHarness(["cleanup", "--endpoint", endpoint, "--journal-dir", journals, "--rate", "2000"], dir).done;
    const output = result.stdout + result.stderr;
    assert.not.match(output, /Cleanup-Passw0rd/);
    assert.is(result.code, 1, output);
    assert.match(output, /journal \S+0-empty\.jsonl is empty: its run was killed as it started, before it created anything; nothing to settle/);
    assert.match(output, /journal \S+0-damaged\.jsonl lists: it cannot be read: line 1 is not a journal line/);
    assert.match(output, /cleanup: 3 deleted, 1 left behind/);
    assert.not.match(output, /\n\s+at /, "no stack trace");
    assert.equal(await everything(emulator.url), []);
    assert.ok(readJournals(journals).journals.every((j) => j.complete), "the readable journal is marked complete");
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an empty journal alone is settled: nothing was created, nothing is left, exit 0", async () => {
  const emulator = await startLiveEmulator();
  const dir = mkdtempSync(join(tmpdir(), "harness-cleanup-"));
  try {
    mkdirSync(join(dir, "journals"));
    writeFileSync(join(dir, "journals", "killed.jsonl"), "");
    const result = await spawnHarness(["cleanup", "--endpoint", emulator.url, "--journal-dir", join(dir, "journals"), "--rate", "2000"], dir).done;
    assert.is(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /killed\.jsonl is empty/);
    assert.match(result.stdout, /cleanup: 0 deleted, 0 left behind/);
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
