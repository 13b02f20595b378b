/**
 * A live run given --journal-dir journals there and nowhere else: not in the run, not in the replay line it
 * prints, not in its teardown (after SIGINT or SIGTERM, and after a teardown that failed), not in cleanup. Each
 * harness runs as a child in a temporary working directory, so the default journal folder checked is the
 * test's own; the endpoint is a loopback emulator the test starts, whose answers it switches.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createModelHandle, startEmulator, type Handle } from "../../emulator/index.ts";
import { updateChangesProcessing } from "../../emulator/mutants/updateChangesProcessing.ts";
import { DEFAULT_JOURNAL_DIR } from "../../safety/Journal.ts";
import { readJournals } from "../../safety/readJournal.ts";
import { everything, FAKE, journalEntries, spawnHarness, waitFor } from "./liveFixtures.ts";

/** How the emulator answers: correctly, with a planted bug the run catches, or refusing to delete app bundles. */
type Mode = "correct" | "buggy" | "undeletable";

async function switchableEmulator() {
  const model = createModelHandle("us-east-1");
  const buggy = updateChangesProcessing.handle?.(model) ?? model;
  let mode: Mode = "correct";
  const handle: Handle = (operation, input) => {
    if (mode === "undeletable" && operation === "DeleteAppBundle") {
      // Refused for permissions: teardown gives up on it at once instead of retrying.
      return { ok: false, basis: [], error: { name: "AccessDeniedException", members: { message: "kept by the test" } } };
    }
    return (mode === "buggy" ? buggy : model)(operation, input);
  };
  const emulator = await startEmulator({ credentials: [{ accessKeyId: FAKE.accessKeyId, secretAccessKey: FAKE.secretAccessKey }], handle });
  return { ...emulator, set: (next: Mode) => { mode = next; } };
}

test("with --journal-dir, nothing is journaled under the default folder by run, replay, teardown (signals, failure) or cleanup", async () => {
  const emulator = await switchableEmulator();
  const root = mkdtempSync(join(tmpdir(), "harness-journal-dir-"));
  const cwd = mkdtempSync(join(root, "cwd-"));
  const journals = (name: string) => join(root, `journals-${name}`);
  const live = (dir: string) => ["--target", "live", "--endpoint", emulator.url, "--journal-dir", dir, "--rate", "2000", "--no-report"];
  try {
    // A run that fails, and the replay line it printed, run as printed.
    emulator.set("buggy");
    const failed = await spawnHarness(["run", ...live(journals("run")), "--property", "update-semantics", "--runs", "5", "--seed", "4"], cwd).done;
    assert.is(failed.code, 1, failed.stdout + failed.stderr);
    const replay = /replay: (?:appfabric-harness|npm run harness --) (replay .+)$/m.exec(failed.stdout)?.[1];
    assert.ok(replay?.includes(`--journal-dir ${journals("run")}`), failed.stdout);
    assert.is((await spawnHarness((replay ?? "").split(" "), cwd).done).code, 1);

    // Teardown after a signal.
    emulator.set("correct");
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      const run = spawnHarness(["run", ...live(journals(signal)), "--runs", "5000", "--seed", "11", "--quiet"], cwd);
      await waitFor("a created destination", () => journalEntries(journals(signal)).some((e) => e.type === "created" && (e.arn ?? "").includes("/ingestiondestination/")));
      run.child.kill(signal);
      const stopped = await run.done;
      assert.is(stopped.code, signal === "SIGINT" ? 130 : 143, stopped.stdout + stopped.stderr);
    }

    // A teardown that cannot finish, then cleanup of what it left.
    emulator.set("undeletable");
    const stuck = await spawnHarness(["run", ...live(journals("stuck")), "--property", "create-valid", "--runs", "2", "--seed", "5", "--no-corpus"], cwd).done;
    assert.match(stuck.stdout + stuck.stderr, /teardown could not delete/, stuck.stdout + stuck.stderr);
    emulator.set("correct");
    const cleanup = await spawnHarness(["cleanup", "--endpoint", emulator.url, "--journal-dir", journals("stuck"), "--rate", "2000"], cwd).done;
    assert.is(cleanup.code, 0, cleanup.stdout + cleanup.stderr);

    assert.equal(await everything(emulator.url), []);
    for (const name of ["run", "SIGINT", "SIGTERM", "stuck"]) {
      const states = readJournals(journals(name)).journals;
      assert.ok(states.length > 0 && states.every((s) => s.complete), `${name}: ${states.map((s) => `${s.file} complete=${s.complete}`).join(", ")}`);
    }
    assert.not.ok(existsSync(join(cwd, DEFAULT_JOURNAL_DIR)), `journals under the default folder: ${join(cwd, DEFAULT_JOURNAL_DIR)}`);
  } finally {
    await emulator.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test.run();
