/** How much of one side a one-line example shows, and how much of what both sides share it keeps before they differ. */
const SIDE_CHARS = 72;
const CONTEXT_CHARS = 16;

const flat = (text: string) => text.replace(/\s+/g, " ").trim();

/** The shared start of two strings, in whole code points (a cut never splits a surrogate pair). */
function sharedStart(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * `expected X · observed Y` on one line, short enough for a table cell. Values are often whole ARNs that differ
 * only near their end, so a long pair is cut where the sides begin to differ (a little before, for context), not
 * at their start, which both sides share: the difference is what the reader must see.
 */
export function divergenceExample(expected: string, actual: string): string {
  const [e, a] = [[...flat(expected)], [...flat(actual)]];
  const from = Math.max(0, sharedStart(e, a) - CONTEXT_CHARS);
  const side = (chars: readonly string[]) => {
    const start = chars.length > SIDE_CHARS ? from : 0;
    const shown = chars.slice(start, start + SIDE_CHARS).join("");
    return `${start > 0 ? "…" : ""}${shown}${start + SIDE_CHARS < chars.length ? "…" : ""}`;
  };
  return `expected ${side(e)} · observed ${side(a)}`;
}

/** A divergence's message on one line, cut to about what a pair of sides takes. */
export function messageExample(message: string): string {
  const chars = [...flat(message)];
  return chars.length > 2 * SIDE_CHARS ? `${chars.slice(0, 2 * SIDE_CHARS).join("")}…` : chars.join("");
}
