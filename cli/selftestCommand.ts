import type { Command } from "commander";
import { loadClientModule } from "../client/loadClientModule.ts";
import { createContract } from "../contracts/contract.ts";
import { MUTANTS } from "../emulator/mutants/catalogue.ts";
import { BENIGN_MODES } from "./benignModes.ts";
import { EXIT } from "./exitCodes.ts";
import { randomSeed } from "./parseValues.ts";
import { declareSelftestOptions, SELFTEST_TARGETS, type SelftestOptions } from "./selftestOptions.ts";
import { cleanTrialLines, MUTANT_HEADER, mutantLines, summaryLines, type Tally } from "./selftestReport.ts";
import { runTrial, type TrialSettings } from "./selftestTrial.ts";

export interface SelftestIo {
  readonly write: (text: string) => void;
}

/**
 * `appfabric-harness selftest`: the default suite with no mutant on every target the self-test supports (the
 * control: nothing may fail), against every planted bug (each caught only by a check it declares) and, on the
 * embedded emulator, against the benign modes (nothing may fail; observations are expected). Exit 0 only when
 * every mutant is caught, nothing fails without a bug, and the harness never broke.
 */
export async function executeSelftest(options: SelftestOptions, io: SelftestIo): Promise<number> {
  const seed = options.seed ?? randomSeed();
  const chosen = options.mutant === undefined ? MUTANTS : MUTANTS.filter((m) => options.mutant?.includes(m.name));
  // Off the wire only the handling can be wrong: a mutant that lives in the response writing has nothing to plant.
  const plantable = chosen.filter((m) => options.target === "emulator" || m.handle !== undefined || m.handling !== undefined);
  const settings: TrialSettings = { target: options.target, seed, numRuns: options.runs, module: await loadClientModule(), contract: createContract(),
    ...(options.maxRequests === undefined ? {} : { maxRequests: options.maxRequests }) };
  const say = (line: string) => io.write(`${line}\n`);
  say(`appfabric-harness selftest · target ${options.target} · seed ${seed} · ${options.runs} cases per property${options.maxRequests === undefined ? "" : ` · at most ${options.maxRequests} requests a trial`}`);
  say("control trials (no mutant, whole suite; any failure is a false alarm):");
  const control: Tally["control"][number][] = [];
  for (const target of SELFTEST_TARGETS) {
    const result = await runTrial({}, { ...settings, target });
    control.push({ target, result });
    for (const line of cleanTrialLines(target, result)) say(line);
  }
  say(MUTANT_HEADER);
  const planted: Tally["planted"][number][] = [];
  for (const mutant of plantable) {
    const result = await runTrial({ mutant }, settings);
    planted.push({ mutant, result });
    for (const line of mutantLines(mutant, result)) say(line);
  }
  const benign: Tally["benign"][number][] = [];
  if (options.benign) {
    say("benign modes (embedded emulator, whole suite; any failure is a false alarm, observations are expected):");
    for (const mode of BENIGN_MODES) {
      const result = await runTrial(mode, { ...settings, target: "emulator" });
      benign.push({ mode, result });
      for (const line of cleanTrialLines(mode.name, result, mode.description)) say(line);
    }
  }
  const { lines, passed } = summaryLines({ control, planted, skipped: chosen.filter((m) => !plantable.includes(m)), benign });
  for (const line of lines) say(line);
  return passed ? EXIT.ok : EXIT.findings;
}

/** Registers `selftest` on the program. */
export function registerSelftest(program: Command, setExitCode: (code: number) => void): void {
  declareSelftestOptions(program.command("selftest")
    .description("measure the harness: nothing fails without a bug, each planted bug is caught by a check that detects it, benign modes raise no failure"))
    .action(async (options: SelftestOptions) => {
      setExitCode(await executeSelftest(options, { write: (text) => process.stdout.write(text) }));
    });
}
