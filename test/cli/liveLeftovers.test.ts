/**
 * A loopback live run after a run killed with SIGKILL: the killed run's app bundle takes the account's one, so
 * the next run says these are the harness's own leftovers and prints the cleanup command, which then works.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { everything, journalEntries, spawnHarness, startLiveEmulator, waitFor } from "./liveFixtures.ts";

test("a run that meets a killed run's tagged leftovers exits 3 naming them and the exact cleanup command", async () => {
  const emulator = await startLiveEmulator();
  const dir = mkdtempSync(join(tmpdir(), "harness-leftovers-"));
  const journals = join(dir, "journals");
  const live = ["--target", "live", "--endpoint", emulator.url, "--journal-dir", journals, "--rate", "2000", "--no-report", "--no-corpus"];
  try {
    const killed = spawnHarness(["run", ...live, "--runs", "5000", "--seed", "11", "--quiet"], dir);
    await waitFor("a created app bundle", () => journalEntries(journals).some((e) => e.type === "created"));
    killed.child.kill("SIGKILL");
    await killed.done;
    const left = await everything(emulator.url);
    assert.ok(left.length > 0);

    const next = await spawnHarness(["run", ...live, "--runs", "5", "--seed", "3"], dir).done;
    const output = next.stdout + next.stderr;
    assert.is(next.code, 3, output);
    assert.match(output, /tagged appfabric-harness:run-id by earlier runs of the harness that did not finish/);
    assert.ok(left.every((arn) => output.includes(arn)), `every leftover named: ${output}`);
    assert.not.match(output, /\n\s+at /, "no stack trace");
    const command = /clean them up with: appfabric-harness (cleanup .*)$/m.exec(output)?.[1];
    assert.is(command, `cleanup --endpoint ${emulator.url} --rate 2000 --journal-dir ${journals}`, "the run's own rate carries over");

    const cleanup = await spawnHarness((command ?? "").split(" "), dir).done;
    assert.is(cleanup.code, 0, cleanup.stdout + cleanup.stderr);
    assert.equal(await everything(emulator.url), []);
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
