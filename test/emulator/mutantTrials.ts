/** Runs the default suite against one planted bug, as the self-test does, with a budget small enough for CI. */
import { loadClientModule } from "../../client/loadClientModule.ts";
import { findingLabel } from "../../cli/selftestReport.ts";
import { runTrial, type TrialSettings } from "../../cli/selftestTrial.ts";
import type { TrialResult } from "../../cli/TrialRecorder.ts";
import { createContract } from "../../contracts/contract.ts";
import type { Mutant } from "../../emulator/mutants/Mutant.ts";

/** Cases per property: enough for the stateful property to reach lists, quotas and tags. */
export const CI_RUNS = 50;


export async function trialSettings(target: TrialSettings["target"], seed = 3): Promise<TrialSettings> {
  return { target, seed, numRuns: CI_RUNS, module: await loadClientModule(), contract: createContract() };
}

/** The trial, stopped at its declared catch; a readable account of it for assertion messages. */
export async function plant(mutant: Mutant, settings: TrialSettings): Promise<{ result: TrialResult; account: string }> {
  const result = await runTrial({ mutant }, settings);
  const verdict = result.caughtBy ? `caught by ${findingLabel(result.caughtBy)}` : "missed";
  const uncredited = [...result.harnessErrors, ...result.failures.map(findingLabel)];
  const account = `${mutant.name} on ${settings.target}: ${verdict} after ${result.cases} cases${uncredited.length > 0 ? `; also ${uncredited.join("; ")}` : ""}`;
  return { result, account };
}
