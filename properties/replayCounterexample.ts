import type { RunEvent } from "../events/runEvent.ts";
import { CaseFailure, findingEvent, InfrastructureError } from "./finding.ts";
import type { HarnessProperty } from "./HarnessProperty.ts";
import type { Parents, PropertyContext } from "./PropertyContext.ts";
import { rebindParents } from "./rebindParents.ts";

/** A saved counterexample to run before the properties: a nightly failure stays a check until it holds. */
export interface SavedCase {
  /** How reports name it, e.g. `corpus/stateful-lifecycle-1a2b3c4d5e6f`. */
  readonly id: string;
  readonly property: HarnessProperty;
  readonly counterexample: unknown;
  /** The parents it was generated against: rebound to the replaying run's. */
  readonly parents: Parents;
  readonly replay: string;
  readonly seed: number;
}

/** Runs one saved case as its own reported property; true when it still fails. */
export async function replayCounterexample(saved: SavedCase, ctx: PropertyContext, emit: (event: RunEvent) => void): Promise<boolean> {
  const started = performance.now();
  emit({ type: "property.start", at: new Date().toISOString(), property: saved.id, expectedCases: 1,
    description: `a saved counterexample of ${saved.property.name}, replayed` });
  let failure: CaseFailure | undefined;
  try {
    await saved.property.replay(ctx, rebindParents(saved.counterexample, saved.parents, ctx.parents));
  } catch (error) {
    if (error instanceof InfrastructureError || !(error instanceof CaseFailure)) throw error;
    failure = error;
  }
  for (const finding of failure?.findings ?? []) emit(findingEvent(saved.id, finding));
  emit({ type: "property.end", at: new Date().toISOString(), property: saved.id, verdict: failure ? "failed" : "passed",
    numRuns: 1, numShrinks: 0, durationMs: performance.now() - started, seed: saved.seed,
    ...(failure ? { counterexample: JSON.stringify(saved.counterexample), replay: saved.replay, error: failure.message } : {}) });
  return failure !== undefined;
}
