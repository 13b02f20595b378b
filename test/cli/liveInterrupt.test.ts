import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { everything, journalEntries, spawnHarness, startLiveEmulator, waitFor } from "./liveFixtures.ts";

/** The default journal folder, relative to the run's working directory. */
const JOURNAL = ".appfabric-harness/journal";

function liveRunArgs(endpoint: string): string[] {
  return ["run", "--target", "live", "--endpoint", endpoint, "--runs", "5000", "--seed", "11", "--rate", "2000", "--no-report", "--quiet"];
}

const createdDestination = (cwd: string) => () =>
  journalEntries(join(cwd, JOURNAL)).some((e) => e.type === "created" && (e.arn ?? "").includes("/ingestiondestination/"));

test("a live run killed with SIGKILL mid-run leaves a journal from which cleanup removes everything", async () => {
  const emulator = await startLiveEmulator();
  const dir = mkdtempSync(join(tmpdir(), "harness-kill-"));
  try {
    const run = spawnHarness(liveRunArgs(emulator.url), dir);
    await waitFor("a created destination in the journal", createdDestination(dir));
    run.child.kill("SIGKILL");
    assert.is((await run.done).signal, "SIGKILL");
    assert.ok((await everything(emulator.url)).length >= 2, "the killed run left its parents behind");
    assert.not.ok(journalEntries(join(dir, JOURNAL)).some((e) => e.type === "complete"));

    const cleanup = await spawnHarness(["cleanup", "--endpoint", emulator.url, "--rate", "2000"], dir).done;
    assert.is(cleanup.code, 0, cleanup.stdout + cleanup.stderr);
    assert.match(cleanup.stdout, /cleanup: \d+ deleted, 0 left behind/);
    assert.equal(await everything(emulator.url), []);
    assert.is(journalEntries(join(dir, JOURNAL)).at(-1)?.type, "complete");
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  test(`a live run stopped with ${signal} tears down everything it created and exits ${signal === "SIGTERM" ? 143 : 130}`, async () => {
    const emulator = await startLiveEmulator();
    const dir = mkdtempSync(join(tmpdir(), "harness-term-"));
    try {
      const run = spawnHarness(liveRunArgs(emulator.url), dir);
      await waitFor("a created destination in the journal", createdDestination(dir));
      run.child.kill(signal);
      const finished = await run.done;
      assert.is(finished.code, signal === "SIGTERM" ? 143 : 130, finished.stdout + finished.stderr);
      assert.match(finished.stdout, new RegExp(`interrupted by ${signal}`));
      assert.equal(await everything(emulator.url), []);
      assert.is(journalEntries(join(dir, JOURNAL)).at(-1)?.type, "complete");
    } finally {
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test.run();
