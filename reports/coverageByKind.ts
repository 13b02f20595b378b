/** Coverage tags grouped by their prefix (`branch:s3Bucket` is a union branch), for tables and summaries. */
import type { Count, RunSummary } from "./runSummary.ts";

export interface CoverageGroup {
  readonly kind: string;
  readonly label: string;
  readonly generated: readonly Count[];
  readonly missing: readonly string[];
}

const LABELS: Readonly<Record<string, string>> = { branch: "Union branches", bound: "Boundaries", defect: "Invalid classes" };

function kindOf(tag: string): string {
  const index = tag.indexOf(":");
  return index === -1 ? "other" : tag.slice(0, index);
}

/** Known kinds first, in a fixed order, then any other prefix alphabetically. */
export function coverageByKind(summary: RunSummary): CoverageGroup[] {
  const kinds = new Set([...Object.keys(LABELS), ...summary.coverage.map((c) => kindOf(c.name)), ...summary.coverageMissing.map(kindOf)]);
  const known = Object.keys(LABELS);
  const ordered = [...kinds].sort((a, b) => rank(known, a) - rank(known, b) || a.localeCompare(b));
  return ordered
    .map((kind) => ({
      kind,
      label: Object.hasOwn(LABELS, kind) ? LABELS[kind] ?? kind : kind,
      generated: summary.coverage.filter((c) => kindOf(c.name) === kind),
      missing: summary.coverageMissing.filter((tag) => kindOf(tag) === kind),
    }))
    .filter((group) => group.generated.length > 0 || group.missing.length > 0);
}

function rank(known: readonly string[], kind: string): number {
  const index = known.indexOf(kind);
  return index === -1 ? known.length : index;
}
