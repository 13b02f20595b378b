/**
 * Generated argv through the real executable, for what only a process shows: the bin's own handling of errors
 * that escape main, and a command that returns but leaves something open (a server, a timer) so the process never
 * exits. Each process must end on its own within the bound, with a documented code and no trace. Processes take
 * seconds to start, so the cases are few, and run two at a time.
 */
import { rmSync } from "node:fs";
import fc from "fast-check";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { assertContract } from "./cliContract.ts";
import { ARGV } from "./fuzzArgv.ts";
import { fuzzEnv, makeFuzzFolder, type FuzzFolder } from "./fuzzFixtures.ts";
import { childEnv, spawnHarness } from "./liveFixtures.ts";

const SEED = 20_260_101;
/** Far above a process's start (about 2 s) and the slowest bounded command: only a process that never exits reaches it. */
const PROCESS_BOUND_MS = 30_000;
let folder: FuzzFolder;

test.before(async () => { folder = await makeFuzzFolder(); });
test.after(() => rmSync(folder.dir, { recursive: true, force: true }));

/** `serve` runs until a signal by design, so it is left to the in-process test, which stops it; no process takes a NUL in its argv. */
const PROCESS_ARGV = ARGV.filter((argv) => argv[0] !== "serve" && !argv.some((arg) => arg.includes("\u0000")));

async function runProcess(argv: readonly string[]): Promise<void> {
  const { child, done } = spawnHarness(argv, folder.dir, childEnv(fuzzEnv(folder.dir)));
  const timer = setTimeout(() => child.kill("SIGKILL"), PROCESS_BOUND_MS);
  try {
    const result = await done;
    assert.is(result.signal, null, `no exit within ${PROCESS_BOUND_MS} ms for ${JSON.stringify(argv)}`);
    assertContract(argv, result);
  } finally {
    clearTimeout(timer);
  }
}

test("generated argv in a process of its own: it exits by itself, with a documented code and no trace", async () => {
  await fc.assert(fc.asyncProperty(PROCESS_ARGV, PROCESS_ARGV, async (first, second) => {
    await Promise.all([runProcess(first), runProcess(second)]);
  }), { seed: SEED, numRuns: 2 });
});

test.run();
