import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadClientModule } from "../../client/loadClientModule.ts";
import { emulatorTarget } from "../../targets/emulatorTarget.ts";
import { seededIds } from "../../targets/seededIds.ts";
import { localEnv, runAgainst, tickingClock } from "./harness.ts";

test("the default suite over HTTP, with 30% throttling and 10% internal errors injected, passes with zero findings", async () => {
  const target = await emulatorTarget({
    module: await loadClientModule(), env: { ...localEnv, now: tickingClock(), newId: seededIds(9) },
    faults: { seed: 9, throttleRate: 0.3, serverErrorRate: 0.1 },
  });
  try {
    const run = await runAgainst(target, { numRuns: 15, seed: 9 });
    const findings = run.events.filter((e) => e.type === "finding");
    assert.equal(findings, []);
    const transient = run.events.flatMap((e) => (e.type === "case" ? e.transient : []));
    assert.ok(transient.includes("ThrottlingException") && transient.includes("InternalServerException"), "no fault was injected");
    const results = run.events.flatMap((e) => (e.type === "case" ? [e.result] : []));
    assert.ok(results.filter((r) => r === "ok").length > 100, "the run went hollow: few calls got through");
  } finally {
    await target.close();
  }
});

test.run();
