import { WHOLE_RUN, type Shard } from "../events/Shard.ts";

const MASK = 0x7fffffff;

/** A bijection of the 31-bit seeds (xorshift and odd multipliers are each invertible there): distinct in, distinct out. */
function permute(x: number): number {
  let h = x & MASK;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) & MASK;
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39) & MASK;
  h ^= h >>> 15;
  return h;
}

/**
 * The seeds of an explore campaign's rounds, all from the run's seed so a campaign replays from the one it
 * prints. Round 0 is the run's seed itself (every shard takes its part of that round); round r of shard i of n
 * is the permutation of seed + r·n + i - 1, so no two shards, and no two rounds, ever share a seed. A shard's
 * local workers deal its rounds out among themselves (worker k of w takes rounds k, k + w, k + 2w, ...), so
 * its stream is the same however many workers run it.
 */
export function exploreSeeds(seed: number, shard: Shard = WHOLE_RUN, worker: Shard = WHOLE_RUN): () => number {
  let taken = 0;
  return () => {
    const n = taken++;
    const round = n === 0 ? 0 : worker.index + (n - 1) * worker.count;
    return round === 0 ? seed : permute(seed + round * shard.count + shard.index - 1);
  };
}
