import type { AppFabricClientModule } from "../client/loadClientModule.ts";
import { createContract } from "../contracts/contract.ts";
import { inputValidator } from "../contracts/inputValidator.ts";
import { EMPTY_STATE } from "../model/index.ts";
import { CaseFailure, InfrastructureError } from "../properties/finding.ts";
import type { HarnessProperty } from "../properties/HarnessProperty.ts";
import { CallRunner } from "../properties/CallRunner.ts";
import { FindingsStore } from "../properties/FindingsStore.ts";
import { Oracle } from "../properties/Oracle.ts";
import { PARENTS_LIFECYCLE } from "../properties/parentsLifecycle.ts";
import type { PropertyContext } from "../properties/PropertyContext.ts";
import { provisionParents, removeParents } from "../properties/provisionParents.ts";
import { rebindParents } from "../properties/rebindParents.ts";
import type { SavedCase } from "../properties/replayCounterexample.ts";
import { RunBudget } from "../properties/RunBudget.ts";
import { LOCAL_ACCOUNT } from "../emulator/localAccount.ts";
import type { Difference } from "./Difference.ts";
import { GATE_SUITE } from "./gateSuite.ts";
import { differenceDivergence } from "./differenceDivergence.ts";
import { startPairTarget, type PairTarget } from "./pairTarget.ts";


export interface GateOptions {
  readonly baseline: AppFabricClientModule;
  readonly candidate: AppFabricClientModule;
  readonly seed: number;
  /** Cases per property. */
  readonly numRuns: number;
  /** Default: GATE_SUITE. */
  readonly properties?: readonly HarnessProperty[];
  /** One case of one property: fast-check's path. */
  readonly path?: string;
  /** Saved counterexamples, sent through both clients before the properties. */
  readonly corpus?: readonly SavedCase[];
  /** Distinct differences hunted per property or saved case before moving on (default 5). */
  readonly maxRounds?: number;
  /** A one-line command that replays a property's case. */
  readonly replayCommand?: (found: { property: string; seed: number; path: string }) => string;
  /** Told when each property or saved case is done. */
  readonly progress?: (line: string) => void;
}

/** The case that shows a difference: a property's shrunk counterexample, a saved case, or a setup call. */
export interface GateCase {
  readonly source: string;
  readonly counterexample: unknown;
  readonly seed?: number;
  readonly path?: string;
  readonly replay?: string;
}

export interface FoundDifference {
  readonly difference: Difference;
  readonly shownBy: GateCase;
}

export interface GateResult {
  readonly seed: number;
  readonly baseline: string;
  readonly candidate: string;
  /** Every distinct difference (by fingerprint), each with the case that showed it first. */
  readonly differences: readonly FoundDifference[];
  /** Calls sent through both clients. */
  readonly calls: number;
}

type Attempt = (ctx: PropertyContext) => Promise<{ readonly failure: CaseFailure; readonly shownBy: GateCase } | undefined>;

function propertyAttempt(property: HarnessProperty, options: GateOptions): Attempt {
  return async (ctx) => {
    const details = await property.check(ctx, { seed: options.seed, numRuns: options.numRuns, ...(options.path === undefined ? {} : { path: options.path }) });
    const cause = details.errorInstance;
    if (cause instanceof InfrastructureError) throw cause;
    if (!details.failed) return undefined;
    if (!(cause instanceof CaseFailure) || details.counterexample === null) {
      throw new Error(`${property.name} failed without a difference: ${cause instanceof Error ? cause.stack ?? cause.message : String(cause)}`);
    }
    const path = details.counterexamplePath ?? "";
    const replay = options.replayCommand?.({ property: property.name, seed: details.seed, path });
    return { failure: cause, shownBy: { source: property.name, counterexample: property.serialize(details.counterexample, cause), seed: details.seed, path, ...(replay ? { replay } : {}) } };
  };
}

function savedAttempt(saved: SavedCase): Attempt {
  return async (ctx) => {
    try {
      await saved.property.replay(ctx, rebindParents(saved.counterexample, saved.parents, ctx.parents));
      return undefined;
    } catch (error) {
      if (!(error instanceof CaseFailure)) throw error;
      return { failure: error, shownBy: { source: saved.id, counterexample: saved.counterexample } };
    }
  };
}

/**
 * `appfabric-harness gate`: the same seeded cases (and saved counterexamples) through two clients, each over
 * HTTP to an emulator, both emulators in lockstep. Each property runs until it holds, every difference it
 * meets having been reported with its shrunk case (a few rounds at most): a difference once reported no longer
 * fails a case, so the next round can find the next one.
 */
export async function runGate(options: GateOptions): Promise<GateResult> {
  const contract = createContract();
  const env = { ...LOCAL_ACCOUNT, validate: inputValidator(contract) };
  const pair: PairTarget = await startPairTarget({ baseline: options.baseline, candidate: options.candidate, seed: options.seed, env });
  const oracle = new Oracle(env, EMPTY_STATE);
  const reported = new Set<string>();
  const found: FoundDifference[] = [];
  const budget = new RunBudget();
  // The gate judges a call by the differences between the clients, not by the model: the oracle still follows
  // every call (page tokens, list walks and stateful commands read it), but its divergences are run's business.
  const behind = new Map<string, Difference>();
  const verdict = () => pair.takeDifferences().filter((d) => !reported.has(d.fingerprint)).map((d) => {
    behind.set(d.fingerprint, d);
    return differenceDivergence(d);
  });
  const differencesIn = (findings: readonly { fingerprint: string }[]) => findings.flatMap((f) => behind.get(f.fingerprint) ?? []);
  const store = new FindingsStore(false, () => {});
  let calls = 0;
  const judgeEnv = { ...env, contract, windowMs: 0 };
  const runnerFor = (property: string, stopsAtFailure = true) => new CallRunner({ target: pair, oracle, env: judgeEnv, store, property, budget, verdict,
    stopsAtFailure, emit: (event) => { if (event.type === "case") calls++; } });
  const keep = (differences: readonly Difference[], shownBy: GateCase) => {
    for (const difference of differences) {
      if (reported.has(difference.fingerprint)) continue;
      reported.add(difference.fingerprint);
      found.push({ difference, shownBy });
    }
  };
  try {
    // Setup and teardown run every call, whatever an earlier one showed.
    const lifecycle = runnerFor(PARENTS_LIFECYCLE.name, false);
    const keepSetup = () => {
      for (const d of differencesIn(lifecycle.takeFailures())) keep([d], { source: PARENTS_LIFECYCLE.name, counterexample: { operation: d.operation, input: d.input } });
    };
    const parents = await provisionParents(lifecycle, []);
    keepSetup();
    const hunt = async (source: string, attempt: Attempt) => {
      const ctx: PropertyContext = { runner: runnerFor(source), parents, contract, ownsParents: true, harnessTags: [] };
      const before = found.length;
      for (let round = 0; round < (options.maxRounds ?? 5); round++) {
        const failed = await attempt(ctx);
        if (failed === undefined) break;
        const differences = differencesIn(failed.failure.findings);
        if (differences.length === 0) throw new Error(`${source}: a case failed with no difference behind it`);
        keep(differences, failed.shownBy);
      }
      options.progress?.(`${source}: ${found.length - before === 0 ? "no difference" : `${found.length - before} difference(s)`}`);
    };
    for (const saved of options.corpus ?? []) await hunt(saved.id, savedAttempt(saved));
    for (const property of options.properties ?? GATE_SUITE) await hunt(property.name, propertyAttempt(property, options));
    await removeParents(lifecycle, parents);
    keepSetup();
  } finally {
    await pair.close();
  }
  return { seed: options.seed, baseline: options.baseline.source, candidate: options.candidate.source, differences: found, calls };
}
