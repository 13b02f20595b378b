/** Lockstep: each call starts both sides from the same state, clock and ids; the baseline's state goes on. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { LockstepModel } from "../../gate/LockstepModel.ts";
import { localEnv } from "../properties/harness.ts";

const bundleOf = (outcome: { ok: boolean; output?: unknown }) => (outcome.output as { appBundle: { arn: string } }).appBundle.arn;

test("both sides answer a call alike; the candidate's changes are dropped when the call ends", () => {
  const lockstep = new LockstepModel(7, localEnv);
  const baseline = lockstep.handle("baseline"), candidate = lockstep.handle("candidate");
  const b = baseline("CreateAppBundle", {});
  const c = candidate("CreateAppBundle", {});
  assert.ok(b.ok && c.ok);
  assert.is(bundleOf(b), bundleOf(c));
  lockstep.commit();
  lockstep.begin();
  // Only the baseline's bundle exists now: a second create hits the quota of one on both sides.
  const again = [baseline("CreateAppBundle", {}), candidate("CreateAppBundle", {})];
  assert.equal(again.map((o) => (o.ok ? "ok" : o.error.name)), ["ServiceQuotaExceededException", "ServiceQuotaExceededException"]);
  lockstep.commit();
  lockstep.begin();
  // A candidate-only delete does not outlive its call.
  const id = bundleOf(b);
  assert.ok(candidate("DeleteAppBundle", { appBundleIdentifier: id }).ok);
  lockstep.commit();
  lockstep.begin();
  assert.ok(baseline("GetAppBundle", { appBundleIdentifier: id }).ok);
});

test("ids and clock differ from call to call, and repeat for the same seed", () => {
  const ids = (seed: number) => {
    const lockstep = new LockstepModel(seed, localEnv);
    const out: string[] = [];
    for (let i = 0; i < 3; i++) {
      const created = lockstep.handle("baseline")("CreateAppBundle", {});
      out.push(bundleOf(created));
      lockstep.begin(); // never committed: the quota stays free
    }
    return out;
  };
  assert.equal(ids(3), ids(3));
  assert.is(new Set(ids(3)).size, 3);
  assert.is.not(ids(3)[0], ids(4)[0]);
});

test.run();
