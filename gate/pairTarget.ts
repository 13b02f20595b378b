import type { AppFabricClientModule } from "../client/loadClientModule.ts";
import type { OperationName } from "../contracts/operationCatalogue.ts";
import { startEmulator } from "../emulator/startEmulator.ts";
import type { ModelEnv } from "../model/index.ts";
import { httpTarget } from "../targets/httpTarget.ts";
import type { Outcome } from "../targets/outcome.ts";
import type { Target } from "../targets/target.ts";
import { compareCall } from "./compareCall.ts";
import type { Difference } from "./Difference.ts";
import { LockstepModel, type Side } from "./LockstepModel.ts";

/** Both clients against emulators over one lockstep model; answers the baseline's outcome. */
export interface PairTarget extends Target {
  /** The differences of the calls since the last take. */
  takeDifferences(): Difference[];
}

export interface PairOptions {
  readonly baseline: AppFabricClientModule;
  readonly candidate: AppFabricClientModule;
  readonly seed: number;
  readonly env: Omit<ModelEnv, "now" | "newId">;
}

/** Known to both ends of the loopback, worthless anywhere else. */
const CREDENTIALS = { accessKeyId: "gate-harness", secretAccessKey: "gate-harness-secret" };

async function sideTarget(lockstep: LockstepModel, side: Side, module: AppFabricClientModule, region: string) {
  const emulator = await startEmulator({ region, credentials: [CREDENTIALS], handle: lockstep.handle(side) });
  const target = httpTarget({ name: side, module, endpoint: emulator.url, region, credentials: CREDENTIALS, maxAttempts: 3, retryDelayMs: 1 });
  return { target, close: async () => { await target.close(); await emulator.close(); } };
}

/**
 * The gate's target: every call goes to both clients at once, each over HTTP to its own emulator, both
 * emulators starting the call from the same state (LockstepModel). Calls are taken one at a time, since
 * lockstep pairs them by order; the comparison of each is kept for the runner to take.
 */
export async function startPairTarget(options: PairOptions): Promise<PairTarget> {
  const lockstep = new LockstepModel(options.seed, options.env);
  const baseline = await sideTarget(lockstep, "baseline", options.baseline, options.env.region);
  const candidate = await sideTarget(lockstep, "candidate", options.candidate, options.env.region).catch(async (error: unknown) => {
    await baseline.close();
    throw error;
  });
  let differences: Difference[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  const pairCall = async (operation: OperationName, input: Readonly<Record<string, unknown>>): Promise<Outcome> => {
    lockstep.begin();
    const [b, c] = await Promise.all([baseline.target.send(operation, input), candidate.target.send(operation, input)]);
    lockstep.commit();
    differences.push(...compareCall(operation, input, b, c));
    return b;
  };
  return {
    name: "gate",
    onWire: true,
    send(operation, input) {
      const result = queue.then(() => pairCall(operation, input));
      queue = result.catch(() => undefined);
      return result;
    },
    takeDifferences() {
      const out = differences;
      differences = [];
      return out;
    },
    async close() {
      await Promise.all([baseline.close(), candidate.close()]);
    },
  };
}
