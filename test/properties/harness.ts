import { createContract } from "../../contracts/contract.ts";
import { inputValidator } from "../../contracts/inputValidator.ts";
import type { RunEvent } from "../../events/runEvent.ts";
import type { Mutant } from "../../emulator/mutants/Mutant.ts";
import type { Handle } from "../../emulator/types.ts";
import type { SandboxDestinations } from "../../generators/destinationConfiguration.ts";
import { EMPTY_STATE } from "../../model/index.ts";
import { DEFAULT_SUITE } from "../../properties/defaultSuite.ts";
import type { HarnessProperty } from "../../properties/HarnessProperty.ts";
import { Oracle } from "../../properties/Oracle.ts";
import type { SavedCase } from "../../properties/replayCounterexample.ts";
import type { RunBudget } from "../../properties/RunBudget.ts";
import { runSuite, type SuiteResult } from "../../properties/runSuite.ts";
import type { Shard } from "../../events/Shard.ts";
import { handleTarget, modelHandle, modelTarget } from "../../targets/modelTarget.ts";
import { seededIds } from "../../targets/seededIds.ts";
import type { OutcomeError } from "../../targets/outcome.ts";
import type { Target } from "../../targets/target.ts";

export const contract = createContract();
export const localEnv = { account: "123456789012", region: "us-east-1", partition: "aws", validate: inputValidator(contract) };

/** A clock that moves one millisecond per reading: runs replay the same way whatever the machine's speed. */
export function tickingClock(start = Date.UTC(2026, 0, 1)): () => Date {
  let ticks = 0;
  return () => new Date(start + ticks++);
}

export function localModelTarget(seed = 1, mutant?: Mutant): Target {
  return modelTarget({ ...localEnv, now: tickingClock(), newId: seededIds(seed) }, mutant);
}

/** The reference model with its handling wrapped: a service behaviour written inline in a test. */
export function wrappedModelTarget(wrap: (handle: Handle) => Handle, seed = 1): Target {
  return handleTarget(wrap(modelHandle({ ...localEnv, now: tickingClock(), newId: seededIds(seed) })));
}

export interface SuiteRun extends SuiteResult {
  readonly events: RunEvent[];
}

/** Runs properties against a target with a fresh oracle, collecting every event. */
export async function runAgainst(target: Target, options: {
  properties?: readonly HarnessProperty[]; seed?: number; numRuns?: number; strict?: boolean; path?: string; corpus?: readonly SavedCase[];
  budget?: RunBudget; consistencyWindowMs?: number; sandbox?: SandboxDestinations; harnessTags?: readonly { key: string; value: string }[];
  shard?: Shard;
} = {}): Promise<SuiteRun> {
  const events: RunEvent[] = [];
  const result = await runSuite({
    target, oracle: new Oracle(localEnv, EMPTY_STATE), contract, properties: options.properties ?? DEFAULT_SUITE,
    seed: options.seed ?? 7, numRuns: options.numRuns ?? 30, strict: options.strict ?? false,
    ...(options.path === undefined ? {} : { path: options.path }),
    ...(options.corpus === undefined ? {} : { corpus: options.corpus }),
    ...(options.budget === undefined ? {} : { budget: options.budget }),
    ...(options.consistencyWindowMs === undefined ? {} : { consistencyWindowMs: options.consistencyWindowMs }),
    ...(options.sandbox === undefined ? {} : { sandbox: options.sandbox }),
    ...(options.harnessTags === undefined ? {} : { harnessTags: options.harnessTags }),
    ...(options.shard === undefined ? {} : { shard: options.shard }),
    sink: { emit: (e) => events.push(e), close: async () => {} },
    replayCommand: (failure) => `replay ${failure.property} ${failure.seed} ${failure.path}`,
  });
  return { ...result, events };
}

/** A target whose answers to one operation are rewritten: a server bug or quirk written inline. */
/** A target that refuses some requests of one operation itself, before the inner target sees them, as a service that rejects them would. */
export function refusing(target: Target, operation: Parameters<Target["send"]>[0], refuses: (input: Readonly<Record<string, unknown>>) => boolean,
  error: OutcomeError): Target {
  return { ...target, send: async (op, input) => (op === operation && refuses(input)
    ? { ok: false, error, trace: { operation: op, exchanges: [], attempts: 1, durationMs: 0 } }
    : target.send(op, input)) };
}

export function rewriting(target: Target, rewrite: Parameters<Target["send"]>[0], change: (outcome: Awaited<ReturnType<Target["send"]>>) => Awaited<ReturnType<Target["send"]>>): Target {
  return { ...target, send: async (operation, input) => {
    const outcome = await target.send(operation, input);
    return operation === rewrite ? change(outcome) : outcome;
  } };
}
