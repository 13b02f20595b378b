import type { Contract } from "../contracts/contract.ts";
import type { EventSink } from "../events/runEvent.ts";
import { ownsPosition, type Shard } from "../events/Shard.ts";
import type { SandboxDestinations } from "../generators/destinationConfiguration.ts";
import type { Target } from "../targets/target.ts";
import { CallRunner } from "./CallRunner.ts";
import { InfrastructureError } from "./finding.ts";
import { FindingsStore } from "./FindingsStore.ts";
import type { AcceptedRules } from "./gradeDivergence.ts";
import type { HarnessProperty } from "./HarnessProperty.ts";
import type { Oracle } from "./Oracle.ts";
import { PARENTS_LIFECYCLE } from "./parentsLifecycle.ts";
import { provisionParents, removeParents } from "./provisionParents.ts";
import type { Parents, PropertyContext } from "./PropertyContext.ts";
import { replayCounterexample, type SavedCase } from "./replayCounterexample.ts";
import { RunBudget, type StopReason } from "./RunBudget.ts";
import { runProperty, type PropertyFailure } from "./runProperty.ts";
import { Inconclusive } from "./sendWithRounds.ts";

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
  /** The run's findings, when it spans several suites (exploration's rounds); a fresh store otherwise. */
  readonly findings?: FindingsStore;
  /** Rules accepted as the service does them (`--accept-observed`): their divergences are no findings. */
  readonly accepted?: AcceptedRules;
}

export interface SuiteResult {
  readonly failures: number;
  readonly observations: number;
  readonly failedProperties: readonly string[];
  /** Saved cases that hold now. */
  readonly holding: readonly string[];
  /** The parents the run's destinations lived under; absent when the run's own could not be set up. */
  readonly parents?: Parents;
  /** What stopped the run early (a budget, a signal), and the properties it left unrun. */
  readonly stoppedBy?: StopReason;
  readonly notRun: readonly string[];
  /** What removing the run's own parents could not do; the findings its calls raised are parents-lifecycle's. */
  readonly teardownProblem?: string;
}

/**
 * What a property may spend of a limited budget: the planned property fits itself to all that is left (it covers
 * every class it can before anything random), every random one an equal share of what remains, what one
 * leaves unspent going to those after it.
 */
function shareFor(property: HarnessProperty, ahead: readonly HarnessProperty[], budget: RunBudget): RunBudget {
  const left = budget.remaining();
  if (left === undefined || property.kind === "planned") return budget;
  const sharing = ahead.filter((p) => p.kind === "random").length;
  return budget.share(Math.max(1, Math.floor(left / sharing)));
}

/**
 * Runs properties against one target: provision parents, each property under fast-check with the run's
 * seed, teardown. Emits property.start/end and findings; infrastructure trouble propagates as such.
 */
export async function runSuite(options: SuiteOptions): Promise<SuiteResult> {
  const emit = options.sink.emit.bind(options.sink);
  const store = options.findings ?? new FindingsStore(options.strict, emit, options.accepted);
  const budget = options.budget ?? new RunBudget();
  const env = { ...options.oracle.options, contract: options.contract, windowMs: options.consistencyWindowMs ?? 0 };
  const runnerFor = (property: string, spending: RunBudget = budget) =>
    new CallRunner({ target: options.target, oracle: options.oracle, env, store, property, emit, budget: spending });
  const lifecycle = runnerFor(PARENTS_LIFECYCLE.name);
  let lifecycleMs = 0;
  const timed = async <T>(work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    lifecycle.openCase(options.parents);
    try {
      return await work();
    } finally {
      lifecycle.closeCase();
      lifecycleMs += performance.now() - started;
    }
  };
  const owned = options.parents === undefined;
  if (owned) emit({ type: "property.start", at: new Date().toISOString(), property: PARENTS_LIFECYCLE.name, description: PARENTS_LIFECYCLE.description });
  const failedProperties: string[] = [];
  let teardownProblem: string | undefined;
  const holding: string[] = [];
  const notRun: string[] = [];
  const counts = () => ({ failures: store.buckets.failures, observations: store.buckets.observations });
  /** Reports the parents' own calls; without parents, the run ends here with every property unrun. */
  const endLifecycle = (): SuiteResult => {
    const failures = lifecycle.takeFailures();
    store.fail(PARENTS_LIFECYCLE.name, failures, {});
    if (failures.length > 0) failedProperties.push(PARENTS_LIFECYCLE.name);
    emit({ type: "property.end", at: new Date().toISOString(), property: PARENTS_LIFECYCLE.name, verdict: failures.length > 0 ? "failed" : "passed",
      numRuns: 1, numShrinks: 0, durationMs: lifecycleMs, seed: options.seed, ...store.takeTallies(PARENTS_LIFECYCLE.name),
      ...(failures.length > 0 ? { fingerprints: failures.map((f) => f.fingerprint) } : {}) });
    return { ...counts(), failedProperties, holding, notRun: options.properties.map((p) => p.name) };
  };
  let parents: Parents;
  try {
    parents = options.parents ?? await timed(() => provisionParents(lifecycle, options.harnessTags ?? []));
  } catch (error) {
    // Setting up the run's own parents failed a check (e.g. CreateAppBundle answered off the contract):
    // that is the run's finding, and nothing can run without parents.
    if (!owned || !lifecycle.hasFailed()) throw error;
    return endLifecycle();
  }
  const contextFor = (name: string, spending: RunBudget = budget): PropertyContext => ({ runner: runnerFor(name, spending), parents, ownsParents: owned,
    contract: options.contract, sandbox: options.sandbox, harnessTags: options.harnessTags ?? [] });
  try {
    const shard = options.shard;
    for (const saved of (options.corpus ?? []).filter((_, position) => shard === undefined || ownsPosition(shard, position))) {
      if (budget.exhausted !== undefined) break;
      const replayed = await replayCounterexample(saved, contextFor(saved.id), emit, store);
      budget.failuresFound(store.buckets.failures);
      if (replayed === "failed") failedProperties.push(saved.id);
      if (replayed === "holds") holding.push(saved.id);
    }
    for (const [index, property] of options.properties.entries()) {
      if (budget.exhausted !== undefined) {
        notRun.push(property.name);
        continue;
      }
      const spending = shareFor(property, options.properties.slice(index), budget);
      const params = { seed: options.seed, numRuns: options.numRuns, ...(options.path === undefined ? {} : { path: options.path }),
        ...(shard === undefined ? {} : { shard }) };
      const failed = await runProperty(property, { ctx: contextFor(property.name, spending), params, emit, store, replayCommand: options.replayCommand, budget: spending });
      // A property's failures are the store's once it has shrunk them, at its end: the next property is where a run stops.
      budget.failuresFound(store.buckets.failures);
      if (failed) failedProperties.push(property.name);
    }
  } finally {
    if (owned) teardownProblem = await timed(() => removeParents(lifecycle, parents)).then(() => undefined, (error: unknown) => {
      if (error instanceof InfrastructureError || !(error instanceof Inconclusive)) throw error;
      return `removing the run's app bundle and ingestion: ${error.message}`;
    });
  }
  if (owned) endLifecycle();
  return { ...counts(), failedProperties, holding, parents, notRun, ...(budget.exhausted ? { stoppedBy: budget.exhausted } : {}),
    ...(teardownProblem === undefined ? {} : { teardownProblem }) };
}
