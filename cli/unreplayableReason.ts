import type { Contract } from "../contracts/contract.ts";
import { inputValidator } from "../contracts/inputValidator.ts";
import { EMPTY_STATE } from "../model/index.ts";
import { Oracle } from "../properties/Oracle.ts";
import type { SavedCase } from "../properties/replayCounterexample.ts";
import { runSuite } from "../properties/runSuite.ts";
import { modelTarget } from "../targets/modelTarget.ts";
import { seededIds } from "../targets/seededIds.ts";
import { LOCAL_ACCOUNT } from "./localAccount.ts";

const DISCARD = { emit: () => {}, close: async () => {} };

/**
 * Why a saved case cannot be replayed at all, found by replaying it first against the reference model in process:
 * a counterexample its property cannot run (hand-edited, damaged, or saved by another version of the harness) is a
 * bad file, refused before a run starts and before anything reaches a real endpoint. Undefined when it runs, whether
 * it holds or fails there.
 */
export async function unreplayableReason(saved: SavedCase, contract: Contract): Promise<string | undefined> {
  const env = { ...LOCAL_ACCOUNT, validate: inputValidator(contract) };
  try {
    await runSuite({ target: modelTarget({ ...env, now: () => new Date(), newId: seededIds(saved.seed) }), oracle: new Oracle(env, EMPTY_STATE),
      contract, properties: [], corpus: [saved], seed: saved.seed, numRuns: 1, strict: false, sink: DISCARD, replayCommand: () => saved.replay });
    return undefined;
  } catch (error) {
    return `its counterexample does not fit property ${saved.property.name} (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)})`;
  }
}
