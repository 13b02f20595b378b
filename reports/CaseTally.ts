/**
 * Calls counted per operation: the one fold of `case` events, used by the event log (to write `cases` events)
 * and by the summary (which takes both kinds), so a report rebuilt from a log of counts is the live run's.
 */
import type { CaseEvent, OperationTally } from "../events/runEvent.ts";
import { LATENCY_BOUNDS_MS, latencyBucket } from "./latencyBuckets.ts";

interface Counting {
  calls: number;
  readonly results: Map<string, number>;
  readonly transient: Map<string, number>;
  readonly coverage: Map<string, number>;
  readonly validCoverage: Map<string, number>;
  readonly latencyBuckets: number[];
  totalMicros: number;
  maxMs: number;
}

function add(map: Map<string, number>, key: string, count = 1): void {
  map.set(key, (map.get(key) ?? 0) + count);
}

function addAll(map: Map<string, number>, counts: Readonly<Record<string, number>>): void {
  for (const [key, count] of Object.entries(counts)) add(map, key, count);
}

/** Keys sorted, so the same counts always print the same. */
function sorted(map: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export class CaseTally {
  readonly #operations = new Map<string, Counting>();
  #calls = 0;

  #operation(name: string): Counting {
    let op = this.#operations.get(name);
    if (!op) {
      op = { calls: 0, results: new Map(), transient: new Map(), coverage: new Map(), validCoverage: new Map(),
        latencyBuckets: [...LATENCY_BOUNDS_MS.map(() => 0), 0], totalMicros: 0, maxMs: 0 };
      this.#operations.set(name, op);
    }
    return op;
  }

  add(event: CaseEvent): void {
    this.#calls++;
    const op = this.#operation(event.operation);
    op.calls++;
    add(op.results, event.result);
    for (const name of event.transient) add(op.transient, name);
    const valid = !event.coverage.some((tag) => tag.startsWith("defect:"));
    for (const tag of event.coverage) {
      add(op.coverage, tag);
      if (valid) add(op.validCoverage, tag);
    }
    const bucket = latencyBucket(event.durationMs);
    op.latencyBuckets[bucket] = (op.latencyBuckets[bucket] ?? 0) + 1;
    op.totalMicros += Math.round(event.durationMs * 1000);
    op.maxMs = Math.max(op.maxMs, event.durationMs);
  }

  merge(operations: readonly OperationTally[]): void {
    for (const counted of operations) {
      this.#calls += counted.calls;
      const op = this.#operation(counted.operation);
      op.calls += counted.calls;
      addAll(op.results, counted.results);
      addAll(op.transient, counted.transient);
      addAll(op.coverage, counted.coverage);
      addAll(op.validCoverage, counted.validCoverage);
      counted.latencyBuckets.forEach((count, bucket) => { op.latencyBuckets[bucket] = (op.latencyBuckets[bucket] ?? 0) + count; });
      op.totalMicros += counted.totalMicros;
      op.maxMs = Math.max(op.maxMs, counted.maxMs);
    }
  }

  /** Calls counted, over every operation. */
  get calls(): number {
    return this.#calls;
  }

  /** The counts as plain data, operations by name. */
  snapshot(): OperationTally[] {
    return [...this.#operations].sort(([a], [b]) => a.localeCompare(b)).map(([operation, op]): OperationTally => ({
      operation, calls: op.calls, results: sorted(op.results), transient: sorted(op.transient), coverage: sorted(op.coverage),
      validCoverage: sorted(op.validCoverage), latencyBuckets: [...op.latencyBuckets], totalMicros: op.totalMicros, maxMs: op.maxMs,
    }));
  }
}
