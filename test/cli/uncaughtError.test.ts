/** An error thrown outside any await the harness holds (here, in a timer of a client module) still ends with one line and exit 3. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ROOT, spawnHarness } from "./liveFixtures.ts";
import { STACK_LINE } from "./runMain.ts";

test("an uncaught exception is one line on stderr and exit 3, not a stack trace", async () => {
  const dir = mkdtempSync(join(tmpdir(), "harness-uncaught-"));
  try {
    const result = await spawnHarness(["run", "--target", "mock", "--client", join(ROOT, "test/fixtures/timerCrashClient.ts"), "--runs", "500",
      "--property", "stateful-lifecycle", "--no-report", "--no-corpus"], dir).done;
    assert.is(result.code, 3, result.stdout + result.stderr);
    assert.is(result.stderr, "appfabric-harness: unexpected TypeError: planted crash in a timer; no judgement was made\n");
    assert.not.match(result.stdout, STACK_LINE);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
