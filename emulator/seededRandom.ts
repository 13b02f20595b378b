/** Uniform numbers in [0, 1) from pure-rand's xoroshiro128+, the same sequence for the same seed. */
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

export function seededRandom(seed: number): () => number {
  // pure-rand's generators advance in place: one generator is the whole stream.
  const rng = xoroshiro128plus(seed);
  return () => uniformFloat64(rng);
}
