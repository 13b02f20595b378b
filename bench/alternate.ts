import type { Rate } from "./measure.ts";

function median(rates: readonly Rate[]): Rate {
  const sorted = [...rates].sort((x, y) => x.perSecond - y.perSecond);
  return sorted[Math.floor(sorted.length / 2)] as Rate;
}

/**
 * Two loops measured in turn, `rounds` times each, and the median of each: a ratio between them then
 * survives a neighbour on a shared machine taking the CPU for a few seconds.
 */
export async function alternate(rounds: number, first: () => Promise<Rate>, second: () => Promise<Rate>): Promise<[Rate, Rate]> {
  const a: Rate[] = [], b: Rate[] = [];
  for (let i = 0; i < rounds; i++) {
    a.push(await first());
    b.push(await second());
  }
  return [median(a), median(b)];
}
