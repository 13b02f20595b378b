import type { PropertyEnd, RunEvent } from "../events/runEvent.ts";
import { shareOf } from "../events/Shard.ts";
import type { PropertyParams, RunProgress } from "./checkProperty.ts";
import { CaseFailure, InfrastructureError, type Finding } from "./finding.ts";
import type { FindingsStore } from "./FindingsStore.ts";
import type { HarnessProperty } from "./HarnessProperty.ts";
import type { Parents, PropertyContext } from "./PropertyContext.ts";
import type { RunBudget } from "./RunBudget.ts";

const now = () => new Date().toISOString();

/** A property's shrunk failure, as data: what the corpus keeps and a replay needs. */
export interface PropertyFailure {
  readonly property: string;
  readonly seed: number;
  readonly path: string;
  readonly counterexample: unknown;
  /** The parents the counterexample was generated against; a replay rebinds it to its own. */
  readonly parents: Parents;
  /** The fingerprints of its findings: failures with the same ones are the same bug. */
  readonly fingerprints: readonly string[];
}

/** The failures of a property that threw something other than a CaseFailure: the harness broke, and says so as a finding. */
function failuresOf(store: FindingsStore, error: unknown): readonly Finding[] {
  if (error instanceof CaseFailure) return error.findings;
  return store.findings([{ kind: "client", operation: "-", check: "property-error", subject: "harness.property-error", basis: [],
    message: String(error instanceof Error ? error.stack ?? error.message : error) }]);
}

export interface PropertyRun {
  readonly ctx: PropertyContext;
  readonly params: PropertyParams;
  readonly emit: (event: RunEvent) => void;
  readonly store: FindingsStore;
  /** Keeps a failure (in the corpus) and answers the one-line command that replays it. */
  readonly replayCommand: (failure: PropertyFailure) => string;
  readonly budget: RunBudget;
}

/**
 * One property under fast-check: property.start, the shrunk counterexample's findings (to the store), property.end
 * with seed, path, replay command and the findings it hit. Returns whether it failed; infrastructure trouble
 * propagates as such.
 */
export async function runProperty(property: HarnessProperty, run: PropertyRun): Promise<boolean> {
  const { ctx, params, emit, store, budget } = run;
  const started = performance.now();
  emit({ type: "property.start", at: now(), property: property.name, description: property.description,
    expectedCases: params.path ? 1 : params.shard ? shareOf(params.shard, params.numRuns) : params.numRuns });
  const onProgress = (progress: RunProgress) => emit({ type: "progress", property: property.name, ...progress });
  const positioned = { ...params, onProgress, onCase: (position: number) => ctx.runner.enterCase(position), stopped: () => budget.exhausted !== undefined };
  const details = await property.check(ctx, positioned)
    .finally(() => ctx.runner.enterCase(undefined));
  const cause = details.errorInstance;
  if (cause instanceof InfrastructureError) throw cause;
  const interrupted = details.interrupted || budget.exhausted !== undefined;
  if (details.failed && details.counterexample === null && !interrupted) {
    // fast-check gives up when too many cases were discarded: here, cases persistent throttling cut short.
    throw new InfrastructureError(`${property.name}: ${details.numSkips} cases were cut short by throttling that outlasted every round of retries; no judgement could be made`);
  }
  const ended = (rest: Pick<PropertyEnd, "verdict" | "path" | "counterexample" | "replay" | "fingerprints">) => emit({
    type: "property.end", at: now(), property: property.name, numRuns: details.numRuns, numShrinks: details.numShrinks,
    durationMs: performance.now() - started, seed: details.seed, ...rest, ...store.takeTallies(property.name),
    ...(ctx.runner.inconclusiveCases > 0 ? { inconclusive: ctx.runner.inconclusiveCases } : {}), ...(interrupted ? { interrupted } : {}),
  });
  if (!details.failed || details.counterexample === null) {
    // A property that judged no case passed nothing.
    ended({ verdict: details.numRuns === 0 ? "inconclusive" : "passed" });
    return false;
  }
  const position = Number(details.counterexamplePath?.split(":")[0]);
  const findings = failuresOf(store, cause);
  const failure: PropertyFailure = { property: property.name, seed: details.seed, path: details.counterexamplePath ?? "",
    counterexample: property.serialize(details.counterexample, cause instanceof CaseFailure ? cause : undefined), parents: ctx.parents,
    fingerprints: findings.map((f) => f.fingerprint) };
  const replay = run.replayCommand(failure);
  store.fail(property.name, findings, { seed: failure.seed, path: failure.path, replay }, Number.isInteger(position) ? position : undefined);
  ended({ verdict: "failed", path: failure.path, counterexample: JSON.stringify(failure.counterexample), replay, fingerprints: failure.fingerprints });
  return true;
}
