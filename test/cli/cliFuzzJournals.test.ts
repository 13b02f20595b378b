/**
 * `cleanup` under fast-check, in this process through main(): beside a live run's journal lies a damaged copy of
 * it (cut short, a byte flipped, deep or huge values...). Whatever the copy holds, cleanup ends with exit 0 or 1,
 * no trace, and the readable journal settled. Each case has an emulator of its own, so cases do not share state.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadClientModule } from "../../client/loadClientModule.ts";
import { EXIT } from "../../cli/exitCodes.ts";
import { Journal } from "../../safety/Journal.ts";
import { RUN_ID_TAG_KEY } from "../../safety/journalEntry.ts";
import { journalingTarget } from "../../safety/journalingTarget.ts";
import { readJournals } from "../../safety/readJournal.ts";
import { liveTarget } from "../../targets/liveTarget.ts";
import { family } from "../safety/safetyFixtures.ts";
import { checkMain } from "./cliContract.ts";
import { DAMAGE, damage } from "./damage.ts";
import { isolateEnv } from "./fuzzFixtures.ts";
import { FAKE, startLiveEmulator } from "./liveFixtures.ts";

const SEED = 20_260_101;
const dir = mkdtempSync(join(tmpdir(), "harness-cli-fuzz-journals-"));
let restoreEnv = () => {};

test.before(() => { restoreEnv = isolateEnv(dir); });
test.after(() => {
  restoreEnv();
  rmSync(dir, { recursive: true, force: true });
});

/** A journal folder holding a run's journal of one app bundle, ingestion and destination, all still alive. */
async function journalOfFamily(endpoint: string, journals: string): Promise<string> {
  const target = liveTarget({ module: await loadClientModule("built-in"), endpoint, region: "us-east-1",
    credentials: async () => FAKE, maxAttempts: 1, beforeAttempt: async () => {} });
  const journal = Journal.create(journals, { type: "run", runId: "run", at: new Date().toISOString(), endpoint, region: "us-east-1", tagKey: RUN_ID_TAG_KEY });
  try {
    await family(journalingTarget(target, journal));
    return journal.file;
  } finally {
    journal.close();
    await target.close();
  }
}

test("beside a damaged journal, cleanup still settles the readable one and never crashes", async () => {
  let round = 0;
  await fc.assert(fc.asyncProperty(DAMAGE, async (how) => {
    const emulator = await startLiveEmulator();
    const journals = join(dir, `journals-${round++}`);
    try {
      const file = await journalOfFamily(emulator.url, journals);
      // Named to be settled after the journal it copies. Settled first, a copy that lost the lines of the children
      // would wait out the retries on deleting a parent that still has them: seconds a case, and nothing new to see.
      writeFileSync(join(journals, "z-damaged.jsonl"), damage(readFileSync(file, "utf8"), how));
      await checkMain(["cleanup", "--endpoint", emulator.url, "--journal-dir", journals, "--rate", "2000"], [EXIT.ok, EXIT.findings]);
      assert.ok(readJournals(journals).journals.some((j) => j.file === file && j.complete), "the readable journal is settled");
    } finally {
      await emulator.close();
      rmSync(journals, { recursive: true, force: true });
    }
  }), { seed: SEED, numRuns: 12 });
});

test.run();
