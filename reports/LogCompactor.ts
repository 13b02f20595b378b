/**
 * What the event log keeps of a run's events, so that a campaign of hours stays a few tens of megabytes: every
 * event as it came (findings, failures and round lines in full), except what exploration's later rounds repeat.
 * A property is listed in full up to its first end (its calls too, so a merge of shards can still cut its first
 * round at a case's position). After that its calls are counted per operation (`cases`), its passing or
 * inconclusive ends folded into one (`foldPropertyEnd`, as the reports fold them), and its start, the same as
 * the first, left out; what is counted is written at least every `flushMs` and before the run's end.
 * `progress` events are the console's alone.
 */
import type { PropertyEnd, RunEvent } from "../events/runEvent.ts";
import { CaseTally } from "./CaseTally.ts";
import { foldPropertyEnd } from "./foldPropertyEnd.ts";

export interface LogCompactorOptions {
  /** The longest the counts wait to be written: a kill loses at most this much of them. Default a minute. */
  readonly flushMs?: number;
  /** Milliseconds clock; injectable for tests. */
  readonly now?: () => number;
}

export const DEFAULT_FLUSH_MS = 60_000;

/** What a property's later rounds left to write: its calls counted, its ends folded. */
interface Pending {
  readonly calls: CaseTally;
  end?: PropertyEnd;
}

export class LogCompactor {
  readonly #write: (event: RunEvent) => void;
  readonly #flushMs: number;
  readonly #now: () => number;
  readonly #ended = new Set<string>();
  #pending = new Map<string, Pending>();
  #flushedMs: number;
  /** The latest time an event gave: counts are stamped with it, so they never stretch a run's span (a merge reads it). */
  #lastAt: string | undefined;

  constructor(write: (event: RunEvent) => void, options: LogCompactorOptions = {}) {
    this.#write = write;
    this.#flushMs = options.flushMs ?? DEFAULT_FLUSH_MS;
    this.#now = options.now ?? Date.now;
    this.#flushedMs = this.#now();
  }

  emit(event: RunEvent): void {
    if (event.type === "progress") return;
    if ("at" in event) this.#lastAt = event.at;
    const held = this.#hold(event);
    // The run's end stays the log's last line.
    if (event.type === "run.end" || this.#now() - this.#flushedMs >= this.#flushMs) this.flush();
    if (held) return;
    this.#write(event);
    if (event.type === "property.end") this.#ended.add(event.property);
  }

  /** Writes what is counted so far: per property its calls, then its folded end. */
  flush(): void {
    this.#flushedMs = this.#now();
    const at = this.#lastAt ?? new Date(this.#flushedMs).toISOString();
    for (const [property, pending] of this.#pending) {
      if (pending.calls.calls > 0) this.#write({ type: "cases", at, property, operations: pending.calls.snapshot() });
      if (pending.end) this.#write(pending.end);
    }
    this.#pending = new Map();
  }

  /** Whether the event is one of a later round's that is counted, folded or left out rather than written. */
  #hold(event: RunEvent): boolean {
    if (!("property" in event) || !this.#ended.has(event.property)) return false;
    switch (event.type) {
      case "case": this.#of(event.property).calls.add(event); return true;
      // Counts a compactor already wrote (a worker's, say) add up here, so compacting twice keeps one line per flush.
      case "cases": this.#of(event.property).calls.merge(event.operations); return true;
      case "property.start": return true;
      case "property.end": {
        if (event.verdict === "failed") return false;
        const pending = this.#of(event.property);
        pending.end = foldPropertyEnd(pending.end, event);
        return true;
      }
      default: return false;
    }
  }

  #of(property: string): Pending {
    let pending = this.#pending.get(property);
    if (!pending) this.#pending.set(property, (pending = { calls: new CaseTally() }));
    return pending;
  }
}
