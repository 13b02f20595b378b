/**
 * One of `count` parts of a run (`--shard index/count`, 1-based like Playwright's): the cases, saved
 * counterexamples and plan episodes whose position p has p mod count = index - 1. The shards of one seed run
 * between them exactly the cases one run would.
 */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** The whole run: one shard of one. */
export const WHOLE_RUN: Shard = { index: 1, count: 1 };

/** Whether the item at `position` (0-based) is this shard's. */
export function ownsPosition(shard: Shard, position: number): boolean {
  return position % shard.count === shard.index - 1;
}

/** How many of the first `total` positions are this shard's. */
export function shareOf(shard: Shard, total: number): number {
  return Math.max(0, Math.ceil((total - (shard.index - 1)) / shard.count));
}

/** "2/4", as the flag takes it. */
export function shardLabel(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}

/** The part of `shard` that worker `worker` runs: positions are dealt out to the workers in turn. */
export function workerShard(shard: Shard, worker: Shard): Shard {
  return { index: shard.index + (worker.index - 1) * shard.count, count: shard.count * worker.count };
}
