/** `selftest`: the score, what was missed, the benign modes' verdict, and its exit codes. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BENIGN_MODES } from "../../cli/benignModes.ts";
import { EXIT } from "../../cli/exitCodes.ts";
import { main } from "../../cli/main.ts";
import { executeSelftest } from "../../cli/selftestCommand.ts";
import { summaryLines } from "../../cli/selftestReport.ts";
import type { TrialResult } from "../../cli/selftestTrial.ts";
import { mutantNamed } from "../../emulator/mutants/catalogue.ts";
import type { Mutant } from "../../emulator/mutants/Mutant.ts";

function named(name: string): Mutant {
  const mutant = mutantNamed(name);
  if (!mutant) throw new Error(`no mutant ${name}`);
  return mutant;
}

async function selftest(options: Parameters<typeof executeSelftest>[0]): Promise<{ code: number; out: string }> {
  let out = "";
  const code = await executeSelftest(options, { write: (text) => { out += text; } });
  return { code, out };
}

const trial = (over: Partial<TrialResult>): TrialResult => ({ cases: 10, calls: 40, durationMs: 1200, findings: [], ...over });

test("selftest plants each chosen mutant, prints who caught it, the score, and exits 0", async () => {
  const { code, out } = await selftest({ target: "emulator", mutant: ["enum-wrong-case", "wrong-content-type"], seed: 4, runs: 20, benign: false });
  assert.is(code, EXIT.ok, out);
  assert.match(out, /seed 4/);
  assert.match(out, /enum-wrong-case\s+responses\s+create-valid/);
  assert.match(out, /wrong-content-type\s+wire\s+parents-lifecycle/);
  assert.match(out, /mutation score: 2\/2 caught \(100%\)/);
  assert.match(out, /missed: none/);
  assert.match(out, /PASSED/);
});

test("on the mock target, mutants that live in the response writing are not planted, and say so", async () => {
  const { code, out } = await selftest({ target: "mock", mutant: ["wrong-success-status", "tags-lost"], seed: 4, runs: 50, benign: false });
  assert.is(code, EXIT.ok, out);
  assert.match(out, /mutation score: 1\/1/);
  assert.match(out, /not planted on this target \(wire only\): wrong-success-status/);
});

test("a missed mutant or a finding in a benign mode makes the verdict fail", () => {
  const caught = { mutant: named("tags-lost"), result: trial({ failedProperty: "stateful-lifecycle" }) };
  const missed = { mutant: named("quota-off-by-one"), result: trial({ error: "InfrastructureError: unreachable" }) };
  const clean = { mode: BENIGN_MODES[0] ?? { name: "-", description: "-" }, result: trial({}) };
  const passing = summaryLines({ planted: [caught], skipped: [], benign: [clean] });
  assert.ok(passing.passed);
  const failing = summaryLines({ planted: [caught, missed], skipped: [], benign: [clean] });
  assert.not.ok(failing.passed);
  assert.match(failing.lines.join("\n"), /1\/2 caught \(50%\)/);
  assert.match(failing.lines.join("\n"), /missed: quota-off-by-one \(InfrastructureError: unreachable\)/);
  const finding = { type: "finding" as const, at: "", property: "create-valid", kind: "contract" as const, severity: "observation" as const,
    operation: "GetIngestionDestination", check: "x", message: "y", fingerprint: "z" };
  const noisy = summaryLines({ planted: [caught], skipped: [], benign: [{ ...clean, result: trial({ findings: [finding] }) }] });
  assert.not.ok(noisy.passed);
  assert.match(noisy.lines.join("\n"), /findings in throttling/);
  const slow = summaryLines({ planted: [{ ...caught, result: trial({ failedProperty: "stateful-lifecycle", durationMs: 12_000 }) }], skipped: [], benign: [] });
  assert.match(slow.lines.join("\n"), /over it: tags-lost/);
});

test("selftest is registered: an unknown mutant name is a usage error", async () => {
  const write = process.stderr.write;
  process.stderr.write = () => true;
  try {
    assert.is(await main(["selftest", "--mutant", "no-such-mutant"]), EXIT.usage);
    assert.is(await main(["selftest", "--target", "live"]), EXIT.usage);
  } finally {
    process.stderr.write = write;
  }
});

test.run();
