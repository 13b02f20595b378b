import { loadClientModule } from "../client/loadClientModule.ts";
import type { Mutant } from "../emulator/mutants/Mutant.ts";
import type { ModelEnv } from "../model/index.ts";
import { mockTarget } from "../targets/mockTarget.ts";
import { modelHandler, modelTarget } from "../targets/modelTarget.ts";
import type { Target } from "../targets/target.ts";
import type { TargetName } from "./runOptions.ts";

export interface TargetRequest {
  readonly name: TargetName;
  readonly env: ModelEnv;
  readonly mutant?: Mutant;
  readonly clientModule?: string;
}

/** Builds the named target; in-process targets get the model (with a planted bug, for the self-test). */
export async function createTarget(request: TargetRequest): Promise<Target> {
  switch (request.name) {
    case "model":
      return modelTarget(request.env, request.mutant);
    case "mock":
      return mockTarget(await loadClientModule(request.clientModule), modelHandler(request.env, request.mutant));
  }
}
