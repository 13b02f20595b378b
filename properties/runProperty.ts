import type { FindingEvent, RunEvent } from "../events/runEvent.ts";
import { CaseFailure, findingEvent, InfrastructureError, type Finding } from "./finding.ts";
import type { PropertyParams, RunProgress } from "./checkProperty.ts";
import type { HarnessProperty } from "./HarnessProperty.ts";
import type { RunBudget } from "./RunBudget.ts";
import { shareOf } from "../events/Shard.ts";
import type { Parents, PropertyContext } from "./PropertyContext.ts";

const now = () => new Date().toISOString();

/** A property's shrunk failure, as data: what the corpus keeps and a replay needs. */
export interface PropertyFailure {
  readonly property: string;
  readonly seed: number;
  readonly path: string;
  readonly counterexample: unknown;
  /** The parents the counterexample was generated against; a replay rebinds it to its own. */
  readonly parents: Parents;
  /** The first finding's fingerprint (operation, check, error class): failures with the same one are the same bug. */
  readonly fingerprint: string;
  readonly findings: readonly string[];
}

function failureEvents(property: string, error: unknown): FindingEvent[] {
  const findings: readonly Finding[] = error instanceof CaseFailure ? error.findings : [{
    kind: "client", severity: "failure", operation: "-", check: "property-error",
    message: String(error instanceof Error ? error.stack ?? error.message : error),
  }];
  return findings.map((f) => findingEvent(property, f));
}

/**
 * One property under fast-check: property.start, the shrunk counterexample's findings, property.end with
 * seed, path and replay command. Returns whether it failed; infrastructure trouble propagates as such.
 */
export async function runProperty(
  property: HarnessProperty,
  ctx: PropertyContext,
  params: PropertyParams,
  emit: (event: RunEvent) => void,
  replayCommand: (failure: PropertyFailure) => string,
  budget: RunBudget,
): Promise<boolean> {
  const started = performance.now();
  emit({ type: "property.start", at: now(), property: property.name, description: property.description,
    expectedCases: params.path ? 1 : params.shard ? shareOf(params.shard, params.numRuns) : params.numRuns });
  const remaining = budget.remainingMs();
  const onProgress = (progress: RunProgress) => emit({ type: "progress", property: property.name, ...progress });
  const positioned = { ...params, onProgress, onCase: (position: number) => { ctx.runner.casePosition = position; } };
  const details = await property.check(ctx, remaining === undefined ? positioned : { ...positioned, interruptAfterTimeLimit: remaining })
    .finally(() => { ctx.runner.casePosition = undefined; });
  const cause = details.errorInstance;
  if (cause instanceof InfrastructureError) throw cause;
  const interrupted = details.interrupted || budget.exhausted !== undefined;
  if (details.failed && details.counterexample === null && !interrupted) {
    // fast-check gives up when too many cases were discarded: here, cases persistent throttling cut short.
    throw new InfrastructureError(`${property.name}: ${details.numSkips} cases were cut short by throttling that outlasted every round of retries; no judgement could be made`);
  }
  const end = { type: "property.end" as const, at: now(), property: property.name, numRuns: details.numRuns,
    numShrinks: details.numShrinks, durationMs: performance.now() - started, seed: details.seed,
    ...(ctx.runner.inconclusiveCases > 0 ? { inconclusive: ctx.runner.inconclusiveCases } : {}), ...(interrupted ? { interrupted } : {}) };
  if (!details.failed || details.counterexample === null) {
    // A property that judged no case passed nothing.
    emit({ ...end, verdict: details.numRuns === 0 ? "inconclusive" : "passed" });
    return false;
  }
  const position = Number(details.counterexamplePath?.split(":")[0]);
  const findings = failureEvents(property.name, cause).map((f) => (Number.isInteger(position) ? { ...f, position } : f));
  for (const event of findings) emit(event);
  const failure: PropertyFailure = { property: property.name, seed: details.seed, path: details.counterexamplePath ?? "",
    counterexample: property.serialize(details.counterexample), parents: ctx.parents, fingerprint: findings[0]?.fingerprint ?? property.name,
    findings: findings.map((f) => `[${f.kind}] ${f.operation} ${f.check}: ${f.message}`) };
  emit({ ...end, at: now(), verdict: "failed", path: failure.path, counterexample: JSON.stringify(failure.counterexample),
    replay: replayCommand(failure), error: cause instanceof Error ? cause.message : String(cause) });
  return true;
}
