import type { Difference } from "./compareFacts.ts";

/** One line for a difference: what changed, and what the harness holds beside what the model says. */
export function describeDifference(difference: Difference): string {
  const values = [
    ...(difference.contract === undefined ? [] : [`harness ${difference.contract}`]),
    ...(difference.model === undefined ? [] : [`model ${difference.model}`]),
  ];
  return `${difference.change} ${difference.subject}${values.length > 0 ? `: ${values.join(", ")}` : ""}`;
}

/** Breaking first, then by change and subject, so reports of the same drift read alike. */
export function sortDifferences(differences: readonly Difference[]): Difference[] {
  const key = (d: Difference) => `${d.impact === "breaking" ? 0 : 1} ${d.change} ${d.subject}`;
  return [...differences].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
