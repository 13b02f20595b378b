import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { RUN_ID_TAG_KEY } from "../../safety/journalEntry.ts";
import { everything, journalEntries, spawnHarness, startLiveEmulator } from "./liveFixtures.ts";

test("a loopback live run owns its parents, tags and journals every create, and leaves nothing behind", async () => {
  const emulator = await startLiveEmulator();
  const dir = mkdtempSync(join(tmpdir(), "harness-live-"));
  try {
    const result = await spawnHarness(["run", "--target", "live", "--endpoint", emulator.url, "--journal-dir", dir,
      "--runs", "10", "--seed", "21", "--rate", "2000", "--no-report"], dir).done;
    assert.is(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /parents-lifecycle: passed/);
    assert.equal(await everything(emulator.url), []);
    const entries = journalEntries(dir);
    const runId = /run ([0-9a-f-]{36})/.exec(result.stdout)?.[1];
    const intents = new Map(entries.filter((e) => e.type === "intent").map((e) => [e.id, e.input ?? {}]));
    const created = entries.filter((e) => e.type === "created");
    assert.ok(created.length > 10);
    // A create with a planted clientToken defect is refused and creates nothing; every other carries a token to re-send by.
    assert.ok(created.every(({ id }) => typeof intents.get(id)?.clientToken === "string"), "every journaled create that created something carries a clientToken");
    for (const { id, arn } of created) {
      const tags = intents.get(id)?.tags;
      assert.ok(Array.isArray(tags) && tags.some((t: { key?: unknown; value?: unknown }) => t.key === RUN_ID_TAG_KEY && t.value === runId), `${arn} carries the run-id tag`);
    }
    const deleted = new Set(entries.filter((e) => e.type === "deleted").map((e) => e.arn));
    assert.ok(created.every(({ arn }) => deleted.has(arn)), "every created resource was deleted");
    assert.is(entries.at(-1)?.type, "complete");
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an unreachable live endpoint is an infrastructure error (exit 3) naming the endpoint, without a stack trace", async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  const dir = mkdtempSync(join(tmpdir(), "harness-closed-"));
  try {
    const endpoint = `http://127.0.0.1:${port}`;
    const result = await spawnHarness(["run", "--target", "live", "--endpoint", endpoint, "--no-report"], dir).done;
    assert.is(result.code, 3, result.stdout + result.stderr);
    assert.match(result.stdout + result.stderr, new RegExp(`AppFabric endpoint ${endpoint}: .*ECONNREFUSED`));
    assert.not.match(result.stdout + result.stderr, /\n\s+at /);
    assert.equal(journalEntries(join(dir, ".appfabric-harness/journal")), [], "nothing was journaled: nothing was attempted");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
