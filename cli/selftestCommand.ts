import type { Command } from "commander";
import { loadClientModule } from "../client/loadClientModule.ts";
import { createContract } from "../contracts/contract.ts";
import { MUTANTS } from "../emulator/mutants/catalogue.ts";
import { BENIGN_MODES } from "./benignModes.ts";
import { EXIT } from "./exitCodes.ts";
import { randomSeed } from "./parseValues.ts";
import { declareSelftestOptions, type SelftestOptions } from "./selftestOptions.ts";
import { benignLines, MUTANT_HEADER, mutantLine, summaryLines, type Tally } from "./selftestReport.ts";
import { runTrial, type TrialSettings } from "./selftestTrial.ts";

export interface SelftestIo {
  readonly write: (text: string) => void;
}

/**
 * `appfabric-harness selftest`: the default suite against every planted bug (each trial stops at its first
 * failing property: caught) and, on the embedded emulator, against the benign modes, where it must find
 * nothing. Exit 0 only when every mutant is caught and the benign modes are clean.
 */
export async function executeSelftest(options: SelftestOptions, io: SelftestIo): Promise<number> {
  const seed = options.seed ?? randomSeed();
  const chosen = options.mutant === undefined ? MUTANTS : MUTANTS.filter((m) => options.mutant?.includes(m.name));
  // Off the wire only the handling can be wrong: a mutant that lives in the response writing has nothing to plant.
  const plantable = chosen.filter((m) => options.target === "emulator" || m.handle !== undefined);
  const settings: TrialSettings = { target: options.target, seed, numRuns: options.runs, module: await loadClientModule(), contract: createContract() };
  const say = (line: string) => io.write(`${line}\n`);
  say(`appfabric-harness selftest · target ${options.target} · seed ${seed} · ${options.runs} cases per property`);
  say(MUTANT_HEADER);
  const planted: Tally["planted"][number][] = [];
  for (const mutant of plantable) {
    const result = await runTrial({ mutant }, settings, true);
    planted.push({ mutant, result });
    say(mutantLine(mutant, result));
  }
  const benign: Tally["benign"][number][] = [];
  if (options.benign) {
    say("benign modes (embedded emulator, whole suite; any finding is a false alarm):");
    for (const mode of BENIGN_MODES) {
      const result = await runTrial(mode, { ...settings, target: "emulator" }, false);
      benign.push({ mode, result });
      for (const line of benignLines(mode, result)) say(line);
    }
  }
  const { lines, passed } = summaryLines({ planted, skipped: chosen.filter((m) => !plantable.includes(m)), benign });
  for (const line of lines) say(line);
  return passed ? EXIT.ok : EXIT.findings;
}

/** Registers `selftest` on the program. */
export function registerSelftest(program: Command, setExitCode: (code: number) => void): void {
  declareSelftestOptions(program.command("selftest")
    .description("measure the harness: plant each known service bug and check it is caught; check benign modes raise nothing"))
    .action(async (options: SelftestOptions) => {
      setExitCode(await executeSelftest(options, { write: (text) => process.stdout.write(text) }));
    });
}
