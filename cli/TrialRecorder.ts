import { catches, type CatchRule } from "../emulator/mutants/CatchRule.ts";
import type { FindingEvent, RunEvent } from "../events/runEvent.ts";
import { PARENTS_LIFECYCLE } from "../properties/parentsLifecycle.ts";

/** runProperty's finding for a property that threw something other than a CaseFailure: the harness broke, not the service. */
const PROPERTY_ERROR = "property-error";

/** How a trial went. */
export interface TrialResult {
  /** The finding that caught the planted bug: a failure of one of its declared checks. */
  readonly caughtBy?: FindingEvent;
  /** Failures no declared rule matches: a mutant's collateral, or a control or benign trial's false alarms. */
  readonly failures: readonly FindingEvent[];
  /** Observations (divergences on assumed rules): allowed, counted. */
  readonly observations: number;
  /** Harness bugs: a property that threw, or a suite that did. Never a catch. */
  readonly harnessErrors: readonly string[];
  /** Property cases run until the catching property ended (all of them when nothing was caught). */
  readonly cases: number;
  /** Requests sent until then. */
  readonly calls: number;
  readonly durationMs: number;
}

/**
 * Folds a trial's events into its result. At the end of each property it looks for a catch among that
 * property's failures, in the order the rules are declared; the first catch calls `onCatch` (the trial
 * stops) and freezes what the catch took.
 */
export class TrialRecorder {
  readonly #started = performance.now();
  readonly #failures: FindingEvent[] = [];
  readonly #harnessErrors: string[] = [];
  #observations = 0;
  #cases = 0;
  #calls = 0;
  #caughtBy: FindingEvent | undefined;
  #caughtAfterMs: number | undefined;

  constructor(private readonly rules: readonly CatchRule[], private readonly onCatch: () => void = () => {}) {}

  readonly emit = (event: RunEvent): void => {
    if (event.type === "finding") this.#finding(event);
    if (this.#caughtBy !== undefined) return;
    if (event.type === "case") this.#calls++;
    if (event.type === "property.end") this.#propertyEnd(event.property, event.numRuns);
  };

  /** A harness bug outside any property (the suite itself threw). */
  harnessError(message: string): void {
    this.#harnessErrors.push(message);
  }

  result(): TrialResult {
    const caughtBy = this.#caughtBy;
    return {
      ...(caughtBy ? { caughtBy } : {}),
      failures: this.#failures.filter((f) => !this.rules.some((rule) => catches(rule, f))),
      observations: this.#observations,
      harnessErrors: this.#harnessErrors,
      cases: this.#cases,
      calls: this.#calls,
      durationMs: this.#caughtAfterMs ?? performance.now() - this.#started,
    };
  }

  #finding(finding: FindingEvent): void {
    const error = finding.checks.find((c) => c.check === PROPERTY_ERROR);
    if (error) this.#harnessErrors.push(`${finding.property} threw: ${error.message}`);
    else if (finding.severity === "failure") this.#failures.push(finding);
    else this.#observations++;
  }

  #propertyEnd(property: string, numRuns: number): void {
    if (property !== PARENTS_LIFECYCLE.name) this.#cases += numRuns;
    const own = this.#failures.filter((f) => f.property === property);
    for (const rule of this.rules) {
      const caught = own.find((f) => catches(rule, f));
      if (caught === undefined) continue;
      this.#caughtBy = caught;
      this.#caughtAfterMs = performance.now() - this.#started;
      this.onCatch();
      return;
    }
  }
}
