import type { AppFabricClientModule } from "../client/loadClientModule.ts";
import type { Mutant } from "../emulator/mutants/Mutant.ts";
import type { FaultOptions } from "../emulator/types.ts";
import type { ModelEnv } from "../model/index.ts";
import { emulatorTarget } from "../targets/emulatorTarget.ts";
import { mockTarget } from "../targets/mockTarget.ts";
import { modelHandle, modelTarget } from "../targets/modelTarget.ts";
import type { Target } from "../targets/target.ts";
import type { TargetName } from "./runOptions.ts";

export interface TargetRequest {
  readonly name: TargetName;
  readonly env: ModelEnv;
  readonly mutant?: Mutant;
  /** The client the SDK-driven targets (mock, emulator) drive; loaded by the caller, so a bad --client is refused before the run starts. */
  readonly module: AppFabricClientModule;
  readonly faults?: FaultOptions;
}

/** Builds the named target; model-backed targets get a planted bug when the self-test asks for one. */
export async function createTarget(request: TargetRequest): Promise<Target> {
  switch (request.name) {
    case "model":
      return modelTarget(request.env, request.mutant);
    case "mock":
      return mockTarget(request.module, modelHandle(request.env, request.mutant));
    case "emulator":
      return emulatorTarget({ module: request.module, env: request.env,
        ...(request.mutant ? { mutant: request.mutant } : {}), ...(request.faults ? { faults: request.faults } : {}) });
    case "live":
      throw new Error("live targets come from prepareLive, which also seeds the oracle and owns the teardown");
  }
}
