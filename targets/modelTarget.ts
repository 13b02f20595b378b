import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { ModelEnv } from "../model/index.ts";
import { ReferenceModel } from "../model/index.ts";
import type { Outcome } from "./outcome.ts";
import { serviceError } from "./serviceError.ts";
import type { Target } from "./target.ts";

/** The reference model in process: the fastest target, and the baseline every other target is held to. */
export function modelTarget(env: ModelEnv): Target {
  const model = new ReferenceModel(env);
  return {
    name: "model",
    onWire: false,
    async send(operation: OperationName, input): Promise<Outcome> {
      const started = performance.now();
      const result = model.handle(operation, input);
      const trace = { operation, exchanges: [], attempts: 1, durationMs: performance.now() - started };
      return result.ok
        ? { ok: true, output: result.output, trace }
        : { ok: false, error: serviceError(result.error.name, result.error.members), trace };
    },
    async close() {},
  };
}
