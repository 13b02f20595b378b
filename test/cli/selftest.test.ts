/** `selftest`: the control trials, the catches, the score, the benign modes' verdict, harness errors, and its exit codes. */
import "../plainConsole.ts";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BENIGN_MODES } from "../../cli/benignModes.ts";
import { EXIT } from "../../cli/exitCodes.ts";
import { main } from "../../cli/main.ts";
import { executeSelftest } from "../../cli/selftestCommand.ts";
import { cleanTrialLines, mutantLines, summaryLines, type Tally } from "../../cli/selftestReport.ts";
import type { TrialResult } from "../../cli/TrialRecorder.ts";
import { mutantNamed } from "../../emulator/mutants/catalogue.ts";
import type { Mutant } from "../../emulator/mutants/Mutant.ts";
import type { FindingEvent } from "../../events/runEvent.ts";
import type { FindingKind } from "../../events/Finding.ts";
import { findingFixture } from "../findingFixture.ts";

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

const trial = (over: Partial<TrialResult>): TrialResult => ({ cases: 10, calls: 40, durationMs: 1200, failures: [], observations: 0, harnessErrors: [], ...over });
const finding = (property: string, kind: FindingKind, check: string, severity: FindingEvent["severity"] = "failure"): FindingEvent =>
  (findingFixture({ at: "", property, kind, severity, operation: "ListTagsForResource", check, message: "differs", fingerprint: check }));

test("selftest runs the control trials, plants each chosen mutant, prints the check that caught it, the score, and exits 0", async () => {
  const { code, out } = await selftest({ target: "emulator", mutant: ["enum-wrong-case", "wrong-content-type"], seed: 4, runs: 20, benign: false });
  assert.is(code, EXIT.ok, out);
  assert.match(out, /seed 4/);
  // Every case ran: 20 of each random property after the coverage plan's episodes.
  assert.match(out, /^ {2}emulator +clean +\d+ observation\(s\), 1[2-9]\d cases, \d+ calls, [\d.]+ s$/m);
  assert.match(out, /^ {2}mock +clean /m);
  assert.match(out, /enum-wrong-case\s+responses\s+\d+\s+\d+\s+[\d.]+ s {2}contract output-schema on CreateIngestionDestination \(coverage-plan\)/);
  assert.match(out, /wrong-content-type\s+wire\s+0\s+1\s+[\d.]+ s {2}wire content-type on CreateAppBundle \(parents-lifecycle\)/);
  assert.match(out, /mutation score: 2\/2 caught by a declared check \(100%\)/);
  assert.match(out, /missed: none/);
  assert.match(out, /harness errors: none/);
  assert.match(out, /control trials: no failure on emulator, mock/);
  assert.match(out, /PASSED/);
});

test("on the mock target, mutants that live in the response writing are not planted, and say so", async () => {
  const { code, out } = await selftest({ target: "mock", mutant: ["wrong-success-status", "enum-wrong-case"], seed: 4, runs: 20, benign: false });
  assert.is(code, EXIT.ok, out);
  assert.match(out, /mutation score: 1\/1/);
  assert.match(out, /not planted on this target \(wire only\): wrong-success-status/);
});

test("a row shows the catch and the collateral apart; a missed mutant says MISSED, a broken trial HARNESS ERROR", () => {
  const tagsLost = named("tags-lost");
  const caught = mutantLines(tagsLost, trial({ caughtBy: finding("stateful-lifecycle", "model", "tags-set"), failures: [finding("create-valid", "contract", "output-schema")] }));
  assert.match(caught[0] ?? "", /tags-lost\s+semantics\s+10\s+40\s+1\.2 s {2}model tags-set on ListTagsForResource \(stateful-lifecycle\)$/);
  assert.match(caught[1] ?? "", /^ {4}collateral: contract output-schema on ListTagsForResource \(create-valid\): differs$/);
  assert.match(mutantLines(tagsLost, trial({ failures: [finding("create-valid", "contract", "output-schema")] }))[0] ?? "", /MISSED$/);
  const broken = mutantLines(tagsLost, trial({ harnessErrors: ["create-valid threw: TypeError: x\n    at a\n    at b\n    at c"] }));
  assert.match(broken[0] ?? "", /HARNESS ERROR$/);
  assert.is(broken[1], "    HARNESS ERROR: create-valid threw: TypeError: x\n          at a\n          at b");
  const benign = cleanTrialLines("throttling", trial({ observations: 3, failures: [finding("create-valid", "model", "outcome.unexpected-error")] }), "30% throttled");
  assert.match(benign[0] ?? "", /throttling +1 failure\(s\) +3 observation\(s\).*30% throttled$/);
  assert.match(benign[1] ?? "", /FALSE ALARM: model outcome\.unexpected-error/);
});

test("the verdict fails on a missed mutant, a harness error, a failing control or a failing benign mode; observations are allowed", () => {
  const mode = BENIGN_MODES[0] ?? { name: "-", description: "-" };
  const passing: Tally = {
    control: [{ target: "emulator", result: trial({ observations: 2 }) }],
    planted: [{ mutant: named("tags-lost"), result: trial({ caughtBy: finding("stateful-lifecycle", "model", "tags-set") }) }],
    skipped: [],
    benign: [{ mode, result: trial({ observations: 5 }) }],
  };
  const passed = summaryLines(passing);
  assert.ok(passed.passed, passed.lines.join("\n"));
  assert.match(passed.lines.join("\n"), /benign modes: no failure \(5 observation\(s\), allowed\)/);
  const variants: Record<string, Tally> = {
    missed: { ...passing, planted: [...passing.planted, { mutant: named("quota-off-by-one"), result: trial({ failures: [finding("x", "model", "list-skips")] }) }] },
    harnessError: { ...passing, planted: [{ mutant: named("tags-lost"), result: trial({ caughtBy: finding("x", "model", "tags-set"), harnessErrors: ["the suite threw Error: x"] }) }] },
    noisyControl: { ...passing, control: [{ target: "mock", result: trial({ failures: [finding("create-valid", "model", "tags-set")] }) }] },
    noisyBenign: { ...passing, benign: [{ mode, result: trial({ failures: [finding("create-valid", "model", "tags-set")] }) }] },
  };
  for (const [name, tally] of Object.entries(variants)) assert.not.ok(summaryLines(tally).passed, name);
  const text = (tally: Tally) => summaryLines(tally).lines.join("\n");
  assert.match(text(variants.missed as Tally), /1\/2 caught by a declared check \(50%\)\nmissed: quota-off-by-one/);
  assert.match(text(variants.harnessError as Tally), /harness errors: tags-lost/);
  assert.match(text(variants.noisyControl as Tally), /control trials: failures on mock/);
  assert.match(text(variants.noisyBenign as Tally), /benign modes: failures in throttling/);
  const slow = summaryLines({ ...passing, planted: [{ mutant: named("tags-lost"), result: trial({ caughtBy: finding("x", "model", "tags-set"), durationMs: 12_000 }) }] });
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
