import type { FindingEvent, PropertyEnd } from "./runEvent.ts";
import type { FindingCheck, Severity } from "./Finding.ts";
import { sameCheck } from "./sameCheck.ts";

/**
 * One distinct defect of the target: every occurrence with one fingerprint (operation and what diverged),
 * whichever properties, cases and calls hit it. It keeps its smallest counterexample (fewest calls first),
 * and it is a failure as soon as one occurrence was graded so.
 */
export interface FindingBucket {
  /** 1 for the first finding of the run, in the order they were first seen: the same number on every surface. */
  readonly number: number;
  readonly fingerprint: string;
  readonly operation: string;
  readonly subject: string;
  readonly severity: Severity;
  /**
   * Every check that saw it, once each (kind and check): the shown counterexample's own checks first, with their
   * messages (so a message never names values of a case other than the one shown), then those only other
   * occurrences saw, with the first message each gave.
   */
  readonly checks: readonly FindingCheck[];
  /** The properties (and saved cases) that hit it, in the order they did. */
  readonly properties: readonly string[];
  /** Cases that hit it, as the properties' ends count them. */
  readonly cases: number;
  /** The occurrence to show: of the finding's severity, with the fewest calls. */
  readonly smallest: FindingEvent;
}

interface Mutable {
  number: number;
  fingerprint: string;
  operation: string;
  subject: string;
  severity: Severity;
  /** Every check any occurrence gave, the first message of each. */
  seen: FindingCheck[];
  properties: string[];
  cases: number;
  smallest: FindingEvent;
}

function view({ seen, ...bucket }: Mutable): FindingBucket {
  const shown = bucket.smallest.checks;
  return { ...bucket, checks: [...shown, ...seen.filter((c) => !shown.some((s) => sameCheck(s, c)))], properties: [...bucket.properties] };
}

const callsOf = (event: FindingEvent) => event.evidence?.calls.length ?? Number.POSITIVE_INFINITY;

/** Whether `candidate` is a better counterexample for a bucket of `severity` than `held`. */
function smaller(candidate: FindingEvent, held: FindingEvent, severity: Severity): boolean {
  if (candidate.severity !== held.severity) return candidate.severity === severity;
  return callsOf(candidate) < callsOf(held);
}

/**
 * The fold of a run's findings into buckets. The run keeps one to count its verdict, and every report folds the
 * event log with it, so the console, the reports, JUnit and the history cannot disagree on a number.
 */
export class FindingBuckets {
  readonly #buckets = new Map<string, Mutable>();

  /** Adds one occurrence to its bucket, opening the bucket if it is the first. */
  add(event: FindingEvent): void {
    const held = this.#buckets.get(event.fingerprint);
    if (held === undefined) {
      const bucket: Mutable = { number: this.#buckets.size + 1, fingerprint: event.fingerprint, operation: event.operation, subject: event.subject,
        severity: event.severity, seen: [...event.checks], properties: [event.property], cases: 0, smallest: event };
      this.#buckets.set(event.fingerprint, bucket);
      return;
    }
    if (event.severity === "failure") held.severity = "failure";
    for (const check of event.checks) {
      if (!held.seen.some((c) => sameCheck(c, check))) held.seen.push(check);
    }
    if (!held.properties.includes(event.property)) held.properties.push(event.property);
    if (smaller(event, held.smallest, held.severity)) held.smallest = event;
  }

  /** A property's end counts the cases that hit each finding. */
  addEnd(end: PropertyEnd): void {
    for (const [fingerprint, cases] of Object.entries(end.hits ?? {})) {
      const held = this.#buckets.get(fingerprint);
      if (held) held.cases += cases;
    }
  }

  get(fingerprint: string): FindingBucket | undefined {
    const held = this.#buckets.get(fingerprint);
    return held && view(held);
  }

  list(): FindingBucket[] {
    return [...this.#buckets.values()].map(view);
  }

  get failures(): number {
    return [...this.#buckets.values()].filter((b) => b.severity === "failure").length;
  }

  get observations(): number {
    return [...this.#buckets.values()].filter((b) => b.severity === "observation").length;
  }
}
