import type { CaseEvent, CoverageClass, OperationTally } from "./runEvent.ts";

const key = (operation: string, what: string) => `${operation}\u0000${what}`;
const ANY = "*";

/**
 * What the calls of a run have covered, kept as sets of (operation, tag) and (operation, answer) pairs rather
 * than calls, so a run of millions of calls stays small; answers which coverage classes they hit.
 */
export class CoverageLedger {
  readonly #tags = new Set<string>();
  /** Tags of calls without a planted defect: what valid-input classes count. */
  readonly #validTags = new Set<string>();
  readonly #results = new Set<string>();

  add(event: Pick<CaseEvent, "operation" | "coverage" | "result">): void {
    const valid = !event.coverage.some((tag) => tag.startsWith("defect:"));
    this.#note(event.operation, event.coverage, valid ? event.coverage : [], [event.result]);
  }

  /** The calls of a `cases` event's operation, as counted. */
  addTally(tally: OperationTally): void {
    this.#note(tally.operation, Object.keys(tally.coverage), Object.keys(tally.validCoverage), Object.keys(tally.results));
  }

  #note(operation: string, tags: readonly string[], validTags: readonly string[], results: readonly string[]): void {
    for (const on of [operation, ANY]) {
      for (const tag of tags) this.#tags.add(key(on, tag));
      for (const tag of validTags) this.#validTags.add(key(on, tag));
      for (const result of results) this.#results.add(key(on, result));
    }
  }

  /** A call hit the class: its operation, its tag (on a call without a planted defect, for valid input) and its answer. */
  hit(coverage: CoverageClass): boolean {
    const operation = coverage.operation ?? ANY;
    return (coverage.tag === undefined || (coverage.valid ? this.#validTags : this.#tags).has(key(operation, coverage.tag)))
      && (coverage.result === undefined || this.#results.has(key(operation, coverage.result)));
  }

  /** Why a class was not hit, as far as the calls tell: its request or defect never reached the service, or the error it provoked did not come. */
  missedBecause(coverage: CoverageClass): string | undefined {
    const operation = coverage.operation ?? ANY;
    if (coverage.tag !== undefined && this.#tags.has(key(operation, `unsent:${coverage.tag}`))) return "the client did not send it";
    if (coverage.result !== undefined && this.#tags.has(key(operation, `provoke:${coverage.result}`))) return `provoked, but the service answered otherwise (see the findings)`;
    return undefined;
  }
}
