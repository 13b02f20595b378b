import "../plainConsole.ts";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readJournals } from "../../safety/readJournal.ts";
import { everything, FAKE, journalEntries, startLiveEmulator } from "./liveFixtures.ts";
import { runMain } from "./runMain.ts";

/** The run reads credentials and the Region from the process's environment: set them for one call, then put it back. */
async function withEnv<T>(env: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return await run();
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

test("against a service throttling 30% and failing 10% of requests, a live run tears down everything and exits 0; cleanup finds 0 left", async () => {
  const emulator = await startLiveEmulator({ throttleRate: 0.3, serverErrorRate: 0.1, seed: 11 });
  const dir = mkdtempSync(join(tmpdir(), "harness-faults-"));
  try {
    const env = { AWS_ACCESS_KEY_ID: FAKE.accessKeyId, AWS_SECRET_ACCESS_KEY: FAKE.secretAccessKey, AWS_REGION: "us-east-1", AWS_EC2_METADATA_DISABLED: "true" };
    const run = await withEnv(env, () => runMain(["run", "--target", "live", "--endpoint", emulator.url, "--journal-dir", dir,
      "--runs", "3", "--seed", "4", "--rate", "2000", "--no-report", "--no-corpus", "--quiet"]));
    assert.is(run.code, 0, run.stdout + run.stderr);
    assert.equal(await everything(emulator.url, 30), []);
    const entries = journalEntries(dir);
    const tokens = entries.filter((e) => e.type === "intent").map((e) => String(e.input?.clientToken));
    assert.ok(tokens.length > new Set(tokens).size, "some create was throttled and re-sent under its clientToken: the case this test is about");
    assert.equal(readJournals(dir).journals.map((j) => j.complete), [true]);
    const cleanup = await withEnv(env, () => runMain(["cleanup", "--endpoint", emulator.url, "--journal-dir", dir]));
    assert.is(cleanup.code, 0, cleanup.stdout + cleanup.stderr);
    assert.match(cleanup.stdout, /cleanup: 0 deleted, 0 left behind/);
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
