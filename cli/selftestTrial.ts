import type { AppFabricClientModule } from "../client/loadClientModule.ts";
import type { Contract } from "../contracts/contract.ts";
import { inputValidator } from "../contracts/inputValidator.ts";
import type { Mutant } from "../emulator/mutants/Mutant.ts";
import type { FaultOptions, HandleFactory, Render } from "../emulator/types.ts";
import { EMPTY_STATE, type InputValidator } from "../model/index.ts";
import { DEFAULT_SUITE } from "../properties/defaultSuite.ts";
import type { HarnessProperty } from "../properties/HarnessProperty.ts";
import { Oracle } from "../properties/Oracle.ts";
import { RunBudget } from "../properties/RunBudget.ts";
import { runSuite } from "../properties/runSuite.ts";
import { emulatorTarget } from "../targets/emulatorTarget.ts";
import { mockTarget } from "../targets/mockTarget.ts";
import { modelHandle } from "../targets/modelTarget.ts";
import { seededIds } from "../targets/seededIds.ts";
import type { Target } from "../targets/target.ts";
import { LOCAL_ACCOUNT } from "../emulator/localAccount.ts";
import type { SelftestOptions } from "./selftestOptions.ts";
import { TrialRecorder, type TrialResult } from "./TrialRecorder.ts";

/**
 * What one trial plants in a fresh target: a mutant, or a benign mode (faults, another handling, a tolerated
 * rendering change); nothing at all for a control trial.
 */
export interface TrialSetup {
  readonly mutant?: Mutant;
  readonly faults?: Omit<FaultOptions, "seed">;
  readonly renderWith?: (render: Render) => Render;
  readonly handling?: HandleFactory;
  /** How long the harness is to allow a write to take before reads show it. */
  readonly consistencyWindowMs?: number;
}

export interface TrialSettings {
  readonly target: SelftestOptions["target"];
  readonly seed: number;
  readonly numRuns: number;
  readonly module: AppFabricClientModule;
  readonly contract: Contract;
  /** The properties run; the default suite unless a test stubs them. */
  readonly properties?: readonly HarnessProperty[];
  /** Requests a trial may send for new work. */
  readonly maxRequests?: number;
}

async function targetFor(setup: TrialSetup, settings: TrialSettings, validate: InputValidator): Promise<Target> {
  const env = { ...LOCAL_ACCOUNT, validate, now: () => new Date(), newId: seededIds(settings.seed) };
  if (settings.target === "mock") return mockTarget(settings.module, modelHandle(env, setup.mutant, setup.handling));
  return emulatorTarget({
    module: settings.module, env, faults: { seed: settings.seed, ...setup.faults },
    ...(setup.mutant ? { mutant: setup.mutant } : {}),
    ...(setup.handling ? { handling: setup.handling } : {}),
    ...(setup.renderWith ? { renderWith: setup.renderWith } : {}),
  });
}

/**
 * A budget without limits until the trial stops it: its deadline, read at every check, becomes "now", and
 * runSuite skips the properties left as for a spent time budget (cleanup still runs).
 */
function stoppableBudget(maxRequests: number | undefined): { budget: RunBudget; stop: () => void } {
  let deadline: number | undefined;
  return { budget: new RunBudget({ get deadline() { return deadline; }, maxRequests }), stop: () => { deadline = performance.now(); } };
}

/**
 * The default suite against a fresh target with one planted change, driven through runSuite, until a finding
 * the mutant declares as its catch ends a property (the trial stops there) or the suite ends.
 */
export async function runTrial(setup: TrialSetup, settings: TrialSettings): Promise<TrialResult> {
  const { budget, stop } = stoppableBudget(settings.maxRequests);
  const recorder = new TrialRecorder(setup.mutant?.caughtBy ?? [], stop);
  const validate = inputValidator(settings.contract);
  const target = await targetFor(setup, settings, validate);
  try {
    await runSuite({
      target, oracle: new Oracle({ ...LOCAL_ACCOUNT, validate }, EMPTY_STATE), contract: settings.contract,
      properties: settings.properties ?? DEFAULT_SUITE, seed: settings.seed, numRuns: settings.numRuns, strict: false, budget,
      ...(setup.consistencyWindowMs === undefined ? {} : { consistencyWindowMs: setup.consistencyWindowMs }),
      sink: { emit: recorder.emit, close: async () => {} }, replayCommand: () => "",
    });
  } catch (thrown) {
    recorder.harnessError(`the suite threw ${thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown)}`);
  } finally {
    await target.close();
  }
  return recorder.result();
}
