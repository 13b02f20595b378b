/** Runs the default suite against one planted bug, as the self-test does, with a budget small enough for CI. */
import { loadClientModule } from "../../client/loadClientModule.ts";
import { findingLabel } from "../../cli/selftestReport.ts";
import { runTrial, type TrialSettings } from "../../cli/selftestTrial.ts";
import type { TrialResult } from "../../cli/TrialRecorder.ts";
import { createContract } from "../../contracts/contract.ts";
import type { Mutant } from "../../emulator/mutants/Mutant.ts";

/** Cases per property: enough for the stateful property to reach lists, quotas and tags. */
export const CI_RUNS = 50;

/**
 * Mutants whose declared catches are checks the harness does not raise yet (`outcome.*`, `tags-set`,
 * `persistent-5xx`, being added to properties/): planted by the self-test, but not yet held to a catch here.
 * Remove a name once its checks land.
 */
export const AWAITING_CHECKS: ReadonlySet<string> = new Set([
  "quota-off-by-one", "get-by-uuid-differs", "tags-lost",
  "update-after-delete-succeeds", "phantom-create-over-quota", "untag-removes-nothing", "persistent-internal-error",
]);

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
