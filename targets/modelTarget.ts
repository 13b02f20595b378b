import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { Mutant } from "../emulator/mutants/Mutant.ts";
import { referenceHandle } from "../emulator/createModelHandle.ts";
import type { Handle, HandleFactory } from "../emulator/types.ts";
import type { ModelEnv } from "../model/index.ts";
import type { Outcome } from "./outcome.ts";
import { serviceError } from "./serviceError.ts";
import type { Target } from "./target.ts";

/**
 * A fresh service as a Handle (the reference model unless `handling` or the mutant's own says otherwise), with
 * a planted bug around it when one is asked for.
 */
export function modelHandle(env: ModelEnv, mutant?: Mutant, handling: HandleFactory = referenceHandle): Handle {
  const handle = (mutant?.handling ?? handling)(env);
  return mutant?.handle ? mutant.handle(handle) : handle;
}

/** The reference model in process: the fastest target, and the baseline every other target is held to. */
export function modelTarget(env: ModelEnv, mutant?: Mutant): Target {
  return handleTarget(modelHandle(env, mutant));
}

/** Any Handle as an in-process target: errors come back as the service would send them. */
export function handleTarget(handle: Handle): Target {
  return {
    name: "model",
    onWire: false,
    async send(operation: OperationName, input): Promise<Outcome> {
      const started = performance.now();
      const result = handle(operation, input);
      const trace = { operation, exchanges: [], attempts: 1, durationMs: performance.now() - started };
      return result.ok
        ? { ok: true, output: result.output, trace }
        : { ok: false, error: serviceError(result.error.name, result.error.members), trace };
    },
    async close() {},
  };
}
