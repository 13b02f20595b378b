/**
 * One progress line for a run split over local workers: every worker's events counted together. A suite's
 * progress is its properties finished out of all the workers' (each worker runs every property on its part);
 * an exploration's is its time against its budget, with the run's ETA.
 */
import type { RunEvent } from "../events/runEvent.ts";
import { plural } from "./formatNumbers.ts";
import { progressBar } from "./progressBar.ts";

export interface WorkersPlan {
  readonly workers: number;
  /** Properties each worker reports an end for, in a suite run. */
  readonly properties?: number;
  /** An exploration's time budget. */
  readonly budgetMs?: number;
}

export class WorkersProgress {
  readonly #plan: WorkersPlan;
  #calls = 0;
  #propertiesDone = 0;
  #workersDone = 0;
  readonly #failures = new Set<string>();

  constructor(plan: WorkersPlan) {
    this.#plan = plan;
  }

  add(event: RunEvent): void {
    if (event.type === "case") this.#calls += 1;
    else if (event.type === "cases") this.#calls += event.operations.reduce((sum, op) => sum + op.calls, 0);
    else if (event.type === "property.end") this.#propertiesDone += 1;
    else if (event.type === "finding" && event.severity === "failure") this.#failures.add(event.fingerprint);
    else if (event.type === "run.end") this.#workersDone += 1;
  }

  /** The line as it stands after `elapsedMs`, at most `columns` wide. */
  line(elapsedMs: number, columns: number): string {
    const { workers, properties, budgetMs } = this.#plan;
    const label = `${workers} workers (${this.#workersDone} done) · ${plural(this.#failures.size, "failure")}`;
    const calls = this.#calls;
    const unit = ["property", "properties"] as const;
    // An exploration's rounds have no count to plan: its bar is the budget, and its ETA the run's end.
    if (budgetMs !== undefined) return progressBar({ label, done: this.#propertiesDone, unit, calls, elapsedMs, budget: { elapsedMs, budgetMs } }, columns);
    const total = properties ? { total: properties * workers } : {};
    return progressBar({ label, done: this.#propertiesDone, ...total, unit, calls, elapsedMs }, columns);
  }
}
