import type { Contract } from "../contracts/contract.ts";
import { inputValidator } from "../contracts/inputValidator.ts";
import { EMPTY_STATE } from "../model/index.ts";
import { Oracle } from "../properties/Oracle.ts";
import type { HarnessProperty } from "../properties/HarnessProperty.ts";
import type { SavedCase } from "../properties/replayCounterexample.ts";
import { runSuite, type SuiteOptions } from "../properties/runSuite.ts";
import { modelTarget } from "../targets/modelTarget.ts";
import { seededIds } from "../targets/seededIds.ts";
import { LOCAL_ACCOUNT } from "../emulator/localAccount.ts";

const DISCARD = { emit: () => {}, close: async () => {} };

/**
 * Why a saved case cannot be replayed at all, found by replaying it first against the reference model in process:
 * a counterexample its property cannot run (hand-edited, damaged, or saved by another version of the harness) is a
 * bad file, refused before a run starts and before anything reaches a real endpoint. Undefined when it runs, whether
 * it holds or fails there.
 */
export async function unreplayableReason(saved: SavedCase, contract: Contract): Promise<string | undefined> {
  try {
    await rehearse({ properties: [], corpus: [saved], seed: saved.seed }, contract);
    return undefined;
  } catch (error) {
    return `its counterexample does not fit property ${saved.property.name} (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)})`;
  }
}

/**
 * Walks `--path` against the reference model first: a path fast-check cannot walk, or that leads to no case,
 * throws UnreplayablePath before the run starts, so a refused replay writes no report and adds no trend point.
 */
export async function checkPathReplayable(property: HarnessProperty, seed: number, numRuns: number, path: string, contract: Contract): Promise<void> {
  await rehearse({ properties: [property], seed, numRuns, path }, contract);
}

/** The suite run in process against the reference model, reporting nothing. */
async function rehearse(run: Pick<SuiteOptions, "properties" | "corpus" | "seed" | "path"> & { readonly numRuns?: number }, contract: Contract): Promise<void> {
  const env = { ...LOCAL_ACCOUNT, validate: inputValidator(contract) };
  await runSuite({ ...run, target: modelTarget({ ...env, now: () => new Date(), newId: seededIds(run.seed) }), oracle: new Oracle(env, EMPTY_STATE),
    contract, numRuns: run.numRuns ?? 1, strict: false, sink: DISCARD, replayCommand: () => "" });
}
