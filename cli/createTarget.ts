import type { AppFabricClientModule } from "../client/loadClientModule.ts";
import type { Mutant } from "../emulator/mutants/Mutant.ts";
import type { FaultOptions } from "../emulator/types.ts";
import type { ModelEnv } from "../model/index.ts";
import { emulatorTarget } from "../targets/emulatorTarget.ts";
import { mockTarget } from "../targets/mockTarget.ts";
import { modelHandle, modelTarget } from "../targets/modelTarget.ts";
import type { Target } from "../targets/target.ts";
import type { BenignMode } from "./benignModes.ts";
import type { TargetName } from "./runOptions.ts";

export interface TargetRequest {
  readonly name: TargetName;
  readonly env: ModelEnv;
  readonly mutant?: Mutant;
  /** The client the SDK-driven targets (mock, emulator) drive; loaded by the caller, so a bad --client is refused before the run starts. */
  readonly module: AppFabricClientModule;
  readonly faults?: FaultOptions;
  /** A benign way of answering, in place of the reference model's (emulator and mock only). */
  readonly benign?: BenignMode;
}

/** Builds the named target; model-backed targets get a planted bug when the self-test asks for one. */
export async function createTarget(request: TargetRequest): Promise<Target> {
  switch (request.name) {
    case "model":
      return modelTarget(request.env, request.mutant);
    case "mock":
      return mockTarget(request.module, modelHandle(request.env, request.mutant, request.benign?.handling));
    case "emulator": {
      const { faults, benign } = request;
      return emulatorTarget({ module: request.module, env: request.env, ...(request.mutant ? { mutant: request.mutant } : {}),
        ...(faults ? { faults: { ...faults, ...benign?.faults } } : {}),
        ...(benign?.handling ? { handling: benign.handling } : {}), ...(benign?.renderWith ? { renderWith: benign.renderWith } : {}) });
    }
    case "live":
      throw new Error("live targets come from prepareLive, which also seeds the oracle and owns the teardown");
  }
}
