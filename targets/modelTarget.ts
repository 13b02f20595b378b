import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { Handler, Mutant } from "../emulator/mutants/Mutant.ts";
import { ReferenceModel, type ModelEnv } from "../model/index.ts";
import type { Outcome } from "./outcome.ts";
import { serviceError } from "./serviceError.ts";
import type { Target } from "./target.ts";

/** The reference model as a Handler, with a planted bug around it when one is asked for. */
export function modelHandler(env: ModelEnv, mutant?: Mutant): Handler {
  const model = new ReferenceModel(env);
  const handle: Handler = (operation, input) => model.handle(operation, input);
  return mutant ? mutant.wrap(handle) : handle;
}

/** The reference model in process: the fastest target, and the baseline every other target is held to. */
export function modelTarget(env: ModelEnv, mutant?: Mutant): Target {
  const handle = modelHandler(env, mutant);
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
