import type { Parents } from "./PropertyContext.ts";

/**
 * A value generated against some parents, moved onto others: every string naming the old app bundle or
 * ingestion (their ARNs, their ids, and ARNs built on them) names the new ones. Saved counterexamples replay
 * under a later run's parents this way, and a stateful sequence under its own fresh ingestion.
 */
export function rebindParents<T>(value: T, from: Parents, to: Parents): T {
  if (from === to) return value;
  const swaps: [string, string][] = [
    [from.ingestion.arn, to.ingestion.arn], [from.appBundle.arn, to.appBundle.arn],
    [from.ingestion.id, to.ingestion.id], [from.appBundle.id, to.appBundle.id],
  ];
  const walk = (node: unknown): unknown => {
    if (typeof node === "string") return swaps.reduce((text, [old, now]) => (old === now ? text : text.replaceAll(old, now)), node);
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === "object") {
      const out: Record<string, unknown> = {};
      for (const [key, member] of Object.entries(node)) Object.defineProperty(out, key, { value: walk(member), enumerable: true, writable: true, configurable: true });
      return out;
    }
    return node;
  };
  return walk(value) as T;
}
