import type { Contract } from "../contracts/contract.ts";
import type { EventSink } from "../events/runEvent.ts";
import type { SandboxDestinations } from "../generators/destinationConfiguration.ts";
import type { Target } from "../targets/target.ts";
import { CallRunner, Inconclusive } from "./CallRunner.ts";
import { coveragePlan } from "./coveragePlan.ts";
import { ConsistencyWindow } from "./ConsistencyWindow.ts";
import { countingSink } from "./countingSink.ts";
import { findingEvent, InfrastructureError } from "./finding.ts";
import type { HarnessProperty } from "./HarnessProperty.ts";
import type { Oracle } from "./Oracle.ts";
import { provisionParents, removeParents } from "./provisionParents.ts";
import type { Parents } from "./PropertyContext.ts";
import { replayCounterexample, type SavedCase } from "./replayCounterexample.ts";
import { RunBudget } from "./RunBudget.ts";
import { ownsPosition, type Shard } from "../events/Shard.ts";
import { runProperty, type PropertyFailure } from "./runProperty.ts";

export interface SuiteOptions {
  readonly target: Target;
  readonly oracle: Oracle;
  readonly contract: Contract;
  readonly properties: readonly HarnessProperty[];
  readonly seed: number;
  readonly numRuns: number;
  readonly strict: boolean;
  readonly sink: EventSink;
  /** Replays one case of one property: fast-check's path. */
  readonly path?: string;
  /** Existing parents (live sandboxes); absent, the suite creates and removes its own. */
  readonly parents?: Parents;
  readonly sandbox?: SandboxDestinations;
  readonly harnessTags?: readonly { key: string; value: string }[];
  /** What the run may spend; unlimited when absent. */
  readonly budget?: RunBudget;
  /** Saved counterexamples, replayed before the properties. */
  readonly corpus?: readonly SavedCase[];
  /** Keeps a property's failure (in the corpus) and answers the one-line command that replays it. */
  readonly replayCommand: (failure: PropertyFailure) => string;
  /** How long a read may show the state from before an acknowledged write (eventual consistency); 0 when absent. */
  readonly consistencyWindowMs?: number;
  /** Run only this part of the cases and saved counterexamples; the whole run when absent. */
  readonly shard?: Shard;
}

export interface SuiteResult {
  readonly failures: number;
  readonly observations: number;
  readonly failedProperties: readonly string[];
  /** Saved cases that hold now. */
  readonly holding: readonly string[];
  /** The parents the run's destinations lived under; absent when the run's own could not be set up. */
  readonly parents?: Parents;
  /** The budget that stopped the run early, and the properties it left unrun. */
  readonly stoppedBy?: "time-budget" | "max-requests";
  readonly notRun: readonly string[];
  /** What removing the run's own parents could not do; the findings its calls raised are parents-lifecycle's. */
  readonly teardownProblem?: string;
}

/**
 * What a property may spend of a limited budget: the coverage plan fits itself to all that is left (it covers
 * every class it can before anything random), every other property an equal share of what remains, what one
 * leaves unspent going to those after it.
 */
function shareFor(property: HarnessProperty, ahead: readonly HarnessProperty[], budget: RunBudget): RunBudget {
  const left = budget.remaining();
  if (left === undefined || property.name === coveragePlan.name) return budget;
  const sharing = ahead.filter((p) => p.name !== coveragePlan.name).length;
  return budget.share(Math.max(1, Math.floor(left / sharing)));
}

/** The calls that create and remove the run's parents are checked like any other; their property is this. */
export const PARENTS_PROPERTY = "parents-lifecycle";

/**
 * Runs properties against one target: provision parents, each property under fast-check with the run's
 * seed, teardown. Emits property.start/end and findings; infrastructure trouble propagates as such.
 */
export async function runSuite(options: SuiteOptions): Promise<SuiteResult> {
  const { emit, counts } = countingSink(options.sink);
  const budget = options.budget ?? new RunBudget();
  // One window for the run: every property's runner shares the oracle, so each sees the others' writes.
  const window = new ConsistencyWindow(options.consistencyWindowMs ?? 0);
  const runnerFor = (property: string, spending: RunBudget = budget) => new CallRunner({ ...options, property, emit, budget: spending, window });
  const lifecycle = runnerFor(PARENTS_PROPERTY);
  const started = performance.now();
  const owned = options.parents === undefined;
  if (owned) emit({ type: "property.start", at: new Date().toISOString(), property: PARENTS_PROPERTY,
    description: "the run's app bundle and ingestion are created, stopped and deleted through the API" });
  const failedProperties: string[] = [];
  let teardownProblem: string | undefined;
  const holding: string[] = [];
  const notRun: string[] = [];
  /** Reports the parents' own calls; without parents, the run ends here with every property unrun. */
  const endLifecycle = (): SuiteResult => {
    const failures = lifecycle.takeFindings().filter((f) => f.severity === "failure");
    for (const f of failures) emit(findingEvent(PARENTS_PROPERTY, f));
    if (failures.length > 0) failedProperties.push(PARENTS_PROPERTY);
    emit({ type: "property.end", at: new Date().toISOString(), property: PARENTS_PROPERTY, verdict: failures.length > 0 ? "failed" : "passed",
      numRuns: 1, numShrinks: 0, durationMs: performance.now() - started, seed: options.seed });
    return { ...counts, failedProperties, holding, notRun: options.properties.map((p) => p.name) };
  };
  let parents: Parents;
  try {
    parents = options.parents ?? await provisionParents(lifecycle, options.harnessTags ?? []);
  } catch (error) {
    // Setting up the run's own parents failed a check (e.g. CreateAppBundle answered off the contract):
    // that is the run's finding, and nothing can run without parents.
    // A finding in those answers is the run's verdict even when it left nothing to build on.
    if (!owned || !lifecycle.hasFailed()) throw error;
    return endLifecycle();
  }
  const contextFor = (name: string, spending: RunBudget = budget) => ({ runner: runnerFor(name, spending), parents, ownsParents: owned,
    contract: options.contract, strict: options.strict, sandbox: options.sandbox, harnessTags: options.harnessTags ?? [] });
  try {
    const shard = options.shard;
    for (const saved of (options.corpus ?? []).filter((_, position) => shard === undefined || ownsPosition(shard, position))) {
      if (await replayCounterexample(saved, contextFor(saved.id), emit)) failedProperties.push(saved.id);
      else holding.push(saved.id);
    }
    for (const [index, property] of options.properties.entries()) {
      if (budget.exhausted !== undefined) {
        notRun.push(property.name);
        continue;
      }
      const spending = shareFor(property, options.properties.slice(index), budget);
      const ctx = contextFor(property.name, spending);
      const params = { seed: options.seed, numRuns: options.numRuns, ...(options.path === undefined ? {} : { path: options.path }),
        ...(shard === undefined ? {} : { shard }) };
      if (await runProperty(property, ctx, params, emit, options.replayCommand, spending)) {
        failedProperties.push(property.name);
      }
    }
  } finally {
    if (owned) teardownProblem = await removeParents(lifecycle, parents).then(() => undefined, (error: unknown) => {
      if (error instanceof InfrastructureError || !(error instanceof Inconclusive)) throw error;
      return `removing the run's app bundle and ingestion: ${error.message}`;
    });
  }
  if (owned) endLifecycle();
  return { ...counts, failedProperties, holding, parents, notRun, ...(budget.exhausted ? { stoppedBy: budget.exhausted } : {}),
    ...(teardownProblem === undefined ? {} : { teardownProblem }) };
}
