/**
 * Lowercase v4-shaped UUIDs from a seed (a 32-bit xorshift), so an in-process run names its resources the
 * same way every time it is replayed.
 */
export function seededIds(seed: number): () => string {
  let state = seed >>> 0 || 0x9e3779b9;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
  const hex = (words: number) => Array.from({ length: words }, () => next().toString(16).padStart(8, "0")).join("");
  return () => {
    const h = hex(4);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[next() % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
}
