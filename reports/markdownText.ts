/**
 * Escaping for event strings placed in Markdown: GitHub renders inline HTML and table pipes, so text
 * from a target's answers must not be able to change the page's structure.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|&#~!]/g;

/** Inline text on one line, safe inside a table cell. */
export function mdText(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
}

/**
 * Inline code: a span whose backtick run is longer than any inside, so nothing in it is markup and nothing
 * needs escaping; in a table cell a pipe is escaped, as GitHub's tables require even inside code.
 */
export function mdCode(text: string, inTable = false): string {
  const flat = text.replace(/\r?\n/g, " ");
  const cell = inTable ? flat.replaceAll("|", "\\|") : flat;
  const longest = Math.max(0, ...[...cell.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = cell.startsWith("`") || cell.endsWith("`") ? " " : "";
  return `${fence}${pad}${cell}${pad}${fence}`;
}

/** A fenced code block whose fence is longer than any backtick run inside, so the content cannot close it. */
export function mdFence(text: string, language = ""): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${text}\n${fence}`;
}

/** Cuts long text (a huge counterexample) so a summary stays within CI comment limits. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

export function mdTable(header: readonly string[], align: readonly ("l" | "r")[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  return [line(header), line(align.map((a) => (a === "r" ? "---:" : "---"))), ...rows.map(line)].join("\n");
}
