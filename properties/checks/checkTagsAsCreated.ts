import type { ModelOutcome } from "../../model/index.ts";
import type { Outcome } from "../../targets/outcome.ts";
import type { Finding } from "../finding.ts";

function tagMap(output: Readonly<Record<string, unknown>>): Map<string, unknown> {
  const tags = Array.isArray(output.tags) ? (output.tags as { key?: unknown; value?: unknown }[]) : [];
  return new Map(tags.map((t) => [String(t.key), t.value]));
}

/**
 * Documented (tags.create): a resource created with tags carries them. For a resource no TagResource or
 * UntagResource has touched since, ListTagsForResource must list exactly the tags it was created with; compared
 * as a set, since the order and the empty-list form are assumptions of the model (tags.list).
 */
export function checkTagsAsCreated(outcome: Outcome, prediction: ModelOutcome): Finding[] {
  if (!outcome.ok || !prediction.ok) return [];
  const listed = tagMap(outcome.output), expected = tagMap(prediction.output);
  const show = (key: string, map: Map<string, unknown>) => (map.has(key) ? `${key}=${JSON.stringify(map.get(key))}` : `no ${key}`);
  const differing = [...new Set([...listed.keys(), ...expected.keys()])]
    .filter((key) => !listed.has(key) || !expected.has(key) || JSON.stringify(listed.get(key)) !== JSON.stringify(expected.get(key)));
  return differing.length === 0 ? [] : [{
    kind: "model", severity: "failure", operation: "ListTagsForResource", check: "tags-as-created",
    message: `the resource's tags differ from those it was created with: ${differing.map((k) => `${show(k, listed)} (created with ${show(k, expected)})`).join(", ")}`,
  }];
}
