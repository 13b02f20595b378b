/** Exit codes say what happened: 1 for a contract failure found anywhere, 3 only when no judgement could be made. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { renderOutcome, type Render } from "../../emulator/index.ts";
import { AppFabricClient } from "../../client/index.ts";
import { CreateAppBundleCommand } from "../../client/commands.ts";
import { FAKE, spawnHarness, startLiveEmulator } from "./liveFixtures.ts";

/** A service bug that also defeats cleanup: new destinations answered with an ARN not nested under their ingestion. */
const flatArns: Render = (spec, outcome) => {
  if (spec.name !== "CreateIngestionDestination" || !outcome.ok) return renderOutcome(spec, outcome);
  const destination = outcome.output.ingestionDestination as { arn: string };
  const flat = destination.arn.replace(/appbundle\/[^/]+\/ingestion\/[^/]+\//, "");
  return renderOutcome(spec, { ...outcome, output: { ingestionDestination: { ...destination, arn: flat } } });
};

test("a contract failure that makes cleanup impossible is still exit 1, with what was left and the exact cleanup command", async () => {
  const emulator = await startLiveEmulator({ render: flatArns });
  const dir = mkdtempSync(join(tmpdir(), "harness-exit-"));
  try {
    const journals = join(dir, "journals");
    const result = await spawnHarness(["run", "--target", "live", "--endpoint", emulator.url, "--journal-dir", journals,
      "--property", "create-valid", "--runs", "5", "--seed", "3", "--rate", "2000", "--consistency-window", "0", "--no-report", "--no-corpus"], dir).done;
    const output = result.stdout + result.stderr;
    assert.is(result.code, 1, output);
    assert.match(output, /#1 failure CreateIngestionDestination · ingestionDestination\.arn \(model output\.ingestionDestination\.arn\)/, output);
    assert.match(output, /teardown could not delete/, output);
    assert.match(output, new RegExp(`clean up with: appfabric-harness cleanup --endpoint ${emulator.url.replaceAll(".", "\\.")} --rate 2000 --journal-dir ${journals.replaceAll(".", "\\.")}`));
    assert.not.match(output, /\n\s+at /, "no stack trace");
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a loopback run that finds the account's one app bundle taken makes no judgement: exit 3, and no failure", async () => {
  const emulator = await startLiveEmulator();
  const dir = mkdtempSync(join(tmpdir(), "harness-exit-"));
  try {
    // A leftover of an earlier run: the documented quota allows one app bundle per account.
    const leftover = await new AppFabricClient({ endpoint: emulator.url, region: "us-east-1", credentials: FAKE }).send(new CreateAppBundleCommand({}));
    assert.ok(leftover.appBundle?.arn);
    const result = await spawnHarness(["run", "--target", "live", "--endpoint", emulator.url, "--journal-dir", join(dir, "j"),
      "--runs", "5", "--seed", "3", "--rate", "2000", "--no-report", "--no-corpus"], dir).done;
    const output = result.stdout + result.stderr;
    assert.is(result.code, 3, output);
    assert.match(output, /setting up the run's parents failed: ServiceQuotaExceededException/, output);
    assert.not.match(output, /#\d+ failure/, "the refusal is what the account's contents imply, not a finding");
    assert.not.match(output, /\n\s+at /, "no stack trace");
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
