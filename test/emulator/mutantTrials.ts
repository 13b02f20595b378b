/** Runs the default suite against one planted bug, as the self-test does, with a budget small enough for CI. */
import { loadClientModule } from "../../client/loadClientModule.ts";
import { runTrial, type TrialResult, type TrialSettings } from "../../cli/selftestTrial.ts";
import { createContract } from "../../contracts/contract.ts";
import type { Mutant } from "../../emulator/mutants/Mutant.ts";

/** Cases per property: enough for the stateful property to reach lists, quotas and tags. */
export const CI_RUNS = 50;

export async function trialSettings(target: TrialSettings["target"], seed = 3): Promise<TrialSettings> {
  return { target, seed, numRuns: CI_RUNS, module: await loadClientModule(), contract: createContract() };
}

/** The trial, stopped at the first failing property; a readable account of it for assertion messages. */
export async function plant(mutant: Mutant, settings: TrialSettings): Promise<{ result: TrialResult; account: string }> {
  const result = await runTrial({ mutant }, settings, true);
  const account = `${mutant.name} on ${settings.target}: ${result.failedProperty ?? "missed"} after ${result.cases} cases${result.error ? ` (${result.error})` : ""}`;
  return { result, account };
}
