import type { Contract } from "../contracts/contract.ts";
import type { EventSink, FindingEvent } from "../events/runEvent.ts";
import type { SandboxDestinations } from "../generators/destinationConfiguration.ts";
import type { Target } from "../targets/target.ts";
import { CallRunner } from "./CallRunner.ts";
import { CaseFailure, findingEvent, InfrastructureError, type Finding } from "./finding.ts";
import type { HarnessProperty } from "./HarnessProperty.ts";
import type { Oracle } from "./Oracle.ts";
import { provisionParents, removeParents } from "./provisionParents.ts";
import type { Parents, PropertyContext } from "./PropertyContext.ts";

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
  /** The one-line command that replays a property's failing case. */
  readonly replayCommand: (property: string, seed: number, path: string) => string;
}

export interface SuiteResult {
  readonly failures: number;
  readonly observations: number;
  readonly failedProperties: readonly string[];
}

const now = () => new Date().toISOString();

/** Counts findings and drops observations already reported with the same fingerprint. */
function countingSink(sink: EventSink) {
  const seen = new Set<string>();
  const counts = { failures: 0, observations: 0 };
  const emit: EventSink["emit"] = (event) => {
    if (event.type === "finding") {
      const key = `${event.property}|${event.fingerprint}|${event.severity}`;
      if (event.severity === "observation" && seen.has(key)) return;
      seen.add(key);
      counts[event.severity === "failure" ? "failures" : "observations"]++;
    }
    sink.emit(event);
  };
  return { emit, counts };
}

function failureEvents(property: string, error: unknown): FindingEvent[] {
  const findings: readonly Finding[] = error instanceof CaseFailure ? error.findings : [{
    kind: "client", severity: "failure", operation: "-", check: "property-error", message: String(error instanceof Error ? error.stack ?? error.message : error),
  }];
  return findings.map((f) => findingEvent(property, f));
}

/**
 * Runs properties against one target: provision parents, each property under fast-check with the run's
 * seed, teardown. Emits property.start/end and findings; infrastructure trouble propagates as such.
 */
export async function runSuite(options: SuiteOptions): Promise<SuiteResult> {
  const { emit, counts } = countingSink(options.sink);
  const runnerFor = (property: string) => new CallRunner({ ...options, property, emit });
  const setup = runnerFor("setup");
  const parents = options.parents ?? await provisionParents(setup, options.harnessTags ?? []);
  const failedProperties: string[] = [];
  try {
    for (const property of options.properties) {
      const started = performance.now();
      emit({ type: "property.start", at: now(), property: property.name, description: property.description, expectedCases: options.path ? 1 : options.numRuns });
      const ctx: PropertyContext = {
        runner: runnerFor(property.name), parents, contract: options.contract, strict: options.strict,
        sandbox: options.sandbox, harnessTags: options.harnessTags ?? [],
      };
      const details = await property.check(ctx, { seed: options.seed, numRuns: options.numRuns, path: options.path });
      const cause = details.errorInstance;
      if (cause instanceof InfrastructureError) throw cause;
      const base = { type: "property.end" as const, at: now(), property: property.name, numRuns: details.numRuns,
        numShrinks: details.numShrinks, durationMs: performance.now() - started, seed: details.seed };
      if (!details.failed) {
        emit({ ...base, verdict: "passed" });
        continue;
      }
      failedProperties.push(property.name);
      for (const event of failureEvents(property.name, cause)) emit(event);
      const path = details.counterexamplePath ?? "";
      emit({ ...base, verdict: "failed", path, counterexample: JSON.stringify((details.counterexample as unknown[] | null)?.[0] ?? null),
        replay: options.replayCommand(property.name, details.seed, path), error: cause instanceof Error ? cause.message : String(cause) });
    }
  } finally {
    if (!options.parents) await removeParents(setup, parents).catch((error: unknown) => {
      if (error instanceof InfrastructureError) throw error;
    });
  }
  const setupFindings = setup.takeFindings().filter((f) => f.severity === "failure");
  for (const f of setupFindings) emit(findingEvent("setup", f));
  return { ...counts, failedProperties };
}
