import fc from "fast-check";
import type { RunEvent } from "../events/runEvent.ts";
import { CaseFailure, InfrastructureError } from "./finding.ts";
import type { FindingsStore } from "./FindingsStore.ts";
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

/**
 * Runs one saved case as its own reported property: it still fails, it holds, or it proved nothing (cut short by
 * a spent budget, an interrupt or persistent throttling), which says nothing of the bug and must not retire it.
 */
export async function replayCounterexample(saved: SavedCase, ctx: PropertyContext, emit: (event: RunEvent) => void, store: FindingsStore): Promise<"failed" | "holds" | "inconclusive"> {
  const started = performance.now();
  emit({ type: "property.start", at: new Date().toISOString(), property: saved.id, expectedCases: 1,
    description: `a saved counterexample of ${saved.property.name}, replayed` });
  let failure: CaseFailure | undefined;
  let inconclusive = false;
  try {
    await saved.property.replay(ctx, rebindParents(saved.counterexample, saved.parents, ctx.parents));
  } catch (error) {
    // Out of fast-check, a case that proved nothing ends in the precondition failure it raises for fast-check.
    if (fc.PreconditionFailure.isFailure(error)) inconclusive = true;
    else if (error instanceof InfrastructureError || !(error instanceof CaseFailure)) throw error;
    else failure = error;
  }
  if (failure) store.fail(saved.id, failure.findings, { seed: saved.seed, replay: saved.replay });
  emit({ type: "property.end", at: new Date().toISOString(), property: saved.id, verdict: failure ? "failed" : inconclusive ? "inconclusive" : "passed",
    numRuns: 1, numShrinks: 0, durationMs: performance.now() - started, seed: saved.seed, ...store.takeTallies(saved.id),
    ...(failure ? { counterexample: JSON.stringify(saved.counterexample), replay: saved.replay, fingerprints: failure.findings.map((f) => f.fingerprint) } : {}) });
  return failure ? "failed" : inconclusive ? "inconclusive" : "holds";
}
