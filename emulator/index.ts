/** The emulator's public surface. */
export type { Credential, EmulatorOptions, FaultOptions, Handle, HandleFactory, LatencyRange, Reply, Render, RunningEmulator } from "./types.ts";
export { startEmulator, DEFAULT_CREDENTIALS, DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUEST_TIMEOUT_MS } from "./startEmulator.ts";
export { createModelHandle, emulatorEnv, referenceHandle, EMULATOR_ACCOUNT } from "./createModelHandle.ts";
export { renderError, renderOutcome } from "./renderReply.ts";
export { checkFaultOptions } from "./faults.ts";
