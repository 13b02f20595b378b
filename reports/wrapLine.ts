/** A line's pieces: each code point, and each colour sequence as one piece that takes no column. */
const PIECES = /\x1b\[[0-9;]*m|[\s\S]/gu;
const isColour = (piece: string) => piece.startsWith("\x1b");
const widthOf = (pieces: readonly string[]) => pieces.filter((p) => !isColour(p)).length;

/**
 * A line that fits `columns`, or the line wrapped: each continuation starts with `indent` and a visible `⤷`, so
 * a long value (an ARN, a body) is never cut silently. Breaks at a space when one is near the end; colour
 * sequences take no column and are never split.
 */
export function wrapLine(line: string, columns: number, indent = ""): string[] {
  const room = Math.max(20, columns);
  let rest: string[] = [...(line.match(PIECES) ?? [])];
  if (widthOf(rest) <= room) return [line];
  const lead = [...`${indent}⤷ `];
  const out: string[] = [];
  let prefix: string[] = [];
  while (widthOf(prefix) + widthOf(rest) > room) {
    const fits = room - widthOf(prefix);
    // The index in `rest` after which `fits` columns are used.
    let used = 0, end = 0;
    while (end < rest.length && (used < fits || isColour(rest[end] ?? ""))) {
      if (!isColour(rest[end] ?? "")) used++;
      end++;
    }
    const space = rest.lastIndexOf(" ", end - 1);
    const cut = space > end / 2 ? space + 1 : end;
    out.push([...prefix, ...rest.slice(0, cut)].join("").trimEnd());
    rest = rest.slice(cut);
    prefix = lead;
  }
  out.push([...prefix, ...rest].join(""));
  return out;
}
