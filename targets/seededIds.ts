/**
 * Lowercase v4-shaped UUIDs from a seed (pure-rand's xoroshiro128+), so an in-process run names its resources
 * the same way every time it is replayed.
 */
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

export function seededIds(seed: number): () => string {
  const rng = xoroshiro128plus(seed);
  const next = (): number => rng.next() >>> 0;
  const hex = (words: number) => Array.from({ length: words }, () => next().toString(16).padStart(8, "0")).join("");
  return () => {
    const h = hex(4);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[next() % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
}
