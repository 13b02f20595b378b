import type { AppFabricClientModule } from "../client/loadClientModule.ts";
import type { Contract } from "../contracts/contract.ts";
import { inputValidator } from "../contracts/inputValidator.ts";
import type { Mutant } from "../emulator/mutants/Mutant.ts";
import type { FaultOptions, Render } from "../emulator/types.ts";
import type { FindingEvent, RunEvent } from "../events/runEvent.ts";
import { EMPTY_STATE, type InputValidator } from "../model/index.ts";
import { DEFAULT_SUITE } from "../properties/defaultSuite.ts";
import { Oracle } from "../properties/Oracle.ts";
import { runSuite } from "../properties/runSuite.ts";
import { emulatorTarget } from "../targets/emulatorTarget.ts";
import { mockTarget } from "../targets/mockTarget.ts";
import { modelHandle } from "../targets/modelTarget.ts";
import { seededIds } from "../targets/seededIds.ts";
import type { Target } from "../targets/target.ts";
import { LOCAL_ACCOUNT } from "./executeRun.ts";
import type { SelftestOptions } from "./selftestOptions.ts";

/** What one trial plants in a fresh target: a mutant, or a benign mode (faults, a tolerated rendering change). */
export interface TrialSetup {
  readonly mutant?: Mutant;
  readonly faults?: Omit<FaultOptions, "seed">;
  readonly renderWith?: (render: Render) => Render;
}

export interface TrialSettings {
  readonly target: SelftestOptions["target"];
  readonly seed: number;
  readonly numRuns: number;
  readonly module: AppFabricClientModule;
  readonly contract: Contract;
}

/** How a trial went: the first property that failed (the bug was caught), what it took, what was found. */
export interface TrialResult {
  readonly failedProperty?: string;
  /** Property cases run until the failing property ended (all of them when nothing failed). */
  readonly cases: number;
  /** Requests sent until then. */
  readonly calls: number;
  readonly durationMs: number;
  readonly findings: readonly FindingEvent[];
  /** Infrastructure trouble or a crash that ended the trial early. */
  readonly error?: string;
}

const SUITE_NAMES = new Set(DEFAULT_SUITE.map((p) => p.name));

async function targetFor(setup: TrialSetup, settings: TrialSettings, validate: InputValidator): Promise<Target> {
  const env = { ...LOCAL_ACCOUNT, validate, now: () => new Date(), newId: seededIds(settings.seed) };
  const mutant = setup.mutant === undefined ? {} : { mutant: setup.mutant };
  if (settings.target === "mock") return mockTarget(settings.module, modelHandle(env, setup.mutant));
  return emulatorTarget({ module: settings.module, env, ...mutant, faults: { seed: settings.seed, ...setup.faults },
    ...(setup.renderWith ? { renderWith: setup.renderWith } : {}) });
}

/**
 * The default suite against a fresh target with one planted change, driven through runSuite. With
 * `stopAtFirstFailure` the trial ends at the first failing property: the planted bug is caught.
 */
export async function runTrial(setup: TrialSetup, settings: TrialSettings, stopAtFirstFailure: boolean): Promise<TrialResult> {
  const started = performance.now();
  const findings: FindingEvent[] = [];
  let cases = 0, calls = 0, failedProperty: string | undefined, caughtAt: number | undefined;
  const emit = (event: RunEvent) => {
    if (event.type === "finding") findings.push(event);
    if (caughtAt !== undefined) return;
    if (event.type === "case") calls++;
    if (event.type !== "property.end") return;
    if (SUITE_NAMES.has(event.property)) cases += event.numRuns;
    if (event.verdict === "failed") {
      failedProperty = event.property;
      caughtAt = performance.now();
    }
  };
  const validate = inputValidator(settings.contract);
  const target = await targetFor(setup, settings, validate);
  let error: string | undefined;
  try {
    await runSuite({
      target, oracle: new Oracle({ ...LOCAL_ACCOUNT, validate }, EMPTY_STATE), contract: settings.contract, properties: DEFAULT_SUITE,
      seed: settings.seed, numRuns: settings.numRuns, strict: false, stopAtFirstFailure,
      sink: { emit, close: async () => {} }, replayCommand: () => "",
    });
  } catch (thrown) {
    error = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
  } finally {
    await target.close();
  }
  const durationMs = (caughtAt ?? performance.now()) - started;
  return { ...(failedProperty ? { failedProperty } : {}), cases, calls, durationMs, findings, ...(error ? { error } : {}) };
}
