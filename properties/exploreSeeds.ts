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
 * is the permutation of seed + r·n + i - 1, so no two shards, and no two rounds, ever share a seed.
 */
export function exploreSeeds(seed: number, shard: Shard = WHOLE_RUN): () => number {
  let round = 0;
  return () => {
    const r = round++;
    return r === 0 ? seed : permute(seed + r * shard.count + shard.index - 1);
  };
}
