import { randomUUID } from "node:crypto";
import { createContract } from "../contracts/contract.ts";
import { inputValidator } from "../contracts/inputValidator.ts";
import { ReferenceModel, type ModelEnv } from "../model/index.ts";
import { monotonicClock } from "./monotonicClock.ts";
import { EMULATOR_ACCOUNT } from "./localAccount.ts";
import type { Handle } from "./types.ts";

export { EMULATOR_ACCOUNT };

/** The env the emulator gives the model: the real (monotonic) clock, random v4 ids, the contract's checks. */
export function emulatorEnv(region: string): ModelEnv {
  return {
    now: monotonicClock(),
    newId: () => randomUUID(),
    account: EMULATOR_ACCOUNT,
    region,
    partition: "aws",
    validate: inputValidator(createContract()),
  };
}

/** A fresh reference model as a Handle: one ReferenceModel holding the service's state for the handle's lifetime. */
export function referenceHandle(env: ModelEnv): Handle {
  const model = new ReferenceModel(env);
  return (operation, input) => model.handle(operation, input);
}

/** The default handling: the reference model with the emulator's env. */
export function createModelHandle(region = "us-east-1"): Handle {
  return referenceHandle(emulatorEnv(region));
}
