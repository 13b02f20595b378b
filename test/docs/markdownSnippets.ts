/**
 * The fenced blocks of a Markdown file, each with the language of its fence and the marker that may precede it:
 * `<!-- snippet: skip: REASON -->` (not run, the reason printed) or `<!-- snippet: shortened -->` (run with a
 * smaller budget: a run's `--runs` and `--time-budget` capped, as a later flag wins).
 */
export interface Snippet {
  readonly file: string;
  /** The line of the opening fence, 1-based. */
  readonly line: number;
  readonly lang: string;
  readonly text: string;
  readonly marker?: { readonly kind: "skip"; readonly reason: string } | { readonly kind: "shortened" };
}

const FENCE = /^```(\S*)\s*$/u;
const MARKER = /^<!--\s*snippet:\s*(skip|shortened)(?::\s*(.+?))?\s*-->$/u;

export function snippetsOf(markdown: string, file: string): Snippet[] {
  const lines = markdown.split("\n");
  const found: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? "");
    if (open === null) continue;
    const end = lines.findIndex((line, j) => j > i && line.trimEnd() === "```");
    if (end < 0) throw new Error(`${file}:${i + 1}: a fence that never closes`);
    const before = MARKER.exec((lines[i - 1] ?? "").trim());
    if (before?.[1] === "skip" && before[2] === undefined) throw new Error(`${file}:${i}: a skipped snippet must say why`);
    const marker = before === null ? undefined
      : before[1] === "skip" ? { kind: "skip" as const, reason: before[2] ?? "" } : { kind: "shortened" as const };
    found.push({ file, line: i + 1, lang: open[1] ?? "", text: lines.slice(i + 1, end).join("\n"), ...(marker ? { marker } : {}) });
    i = end;
  }
  return found;
}
