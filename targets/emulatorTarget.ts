import type { AppFabricClientModule } from "../client/loadClientModule.ts";
import type { Mutant } from "../emulator/mutants/Mutant.ts";
import { startEmulator } from "../emulator/startEmulator.ts";
import { renderOutcome } from "../emulator/renderReply.ts";
import type { FaultOptions, HandleFactory, Render } from "../emulator/types.ts";
import type { ModelEnv } from "../model/index.ts";
import { httpTarget } from "./httpTarget.ts";
import { modelHandle } from "./modelTarget.ts";
import type { Target } from "./target.ts";

export interface EmulatorTargetOptions {
  readonly module: AppFabricClientModule;
  readonly env: ModelEnv;
  readonly faults?: FaultOptions;
  readonly mutant?: Mutant;
  /** The service's handling in place of the reference model (a benign variant the self-test uses), under the mutant's. */
  readonly handling?: HandleFactory;
  /** A change to the response writing that is no bug (the self-test's tolerated additions), around the mutant's. */
  readonly renderWith?: (render: Render) => Render;
  readonly maxAttempts?: number;
  /** Where the emulator reports its own failures; stderr when absent. */
  readonly log?: (line: string) => void;
}

/** Credentials of the embedded emulator: known to both ends, worthless anywhere else. */
const EMBEDDED_CREDENTIALS = { accessKeyId: "embedded-harness", secretAccessKey: "embedded-harness-secret" };

/** The embedded emulator on an ephemeral loopback port, driven by the SDK client over HTTP. */
export async function emulatorTarget(options: EmulatorTargetOptions): Promise<Target> {
  const emulator = await startEmulator({
    ...options.faults,
    region: options.env.region,
    credentials: [EMBEDDED_CREDENTIALS],
    ...(options.log ? { log: options.log } : {}),
    handle: modelHandle(options.env, options.mutant, options.handling),
    render: (options.renderWith ?? ((render: Render) => render))(options.mutant?.render ? options.mutant.render(renderOutcome) : renderOutcome),
    ...(options.mutant?.route ? { route: options.mutant.route } : {}),
  });
  const target = httpTarget({
    name: "emulator", module: options.module, endpoint: emulator.url, region: options.env.region,
    credentials: EMBEDDED_CREDENTIALS, maxAttempts: options.maxAttempts ?? 3, retryDelayMs: 1,
  });
  return {
    ...target,
    async close() {
      await target.close();
      await emulator.close();
    },
  };
}
