import type { OperationName } from "../../contracts/operationCatalogue.ts";
import type { ModelOutcome } from "../../model/index.ts";
import type { Outcome } from "../../targets/outcome.ts";
import type { Divergence } from "../judging/Divergence.ts";
import { showValue } from "./showValue.ts";

/** AWS's tagging semantics, documented: create stores, TagResource adds and overwrites, UntagResource removes, and the listing is the set. */
const TAGGING = ["tags.create", "tags.tag", "tags.untag", "tags.list"];

/** Key to value, both as they came: a key or value normalised, trimmed or re-encoded on the way is another key or value. */
function tagMap(output: Readonly<Record<string, unknown>>): Map<string, unknown> {
  const tags = Array.isArray(output.tags) ? (output.tags as { key?: unknown; value?: unknown }[]) : [];
  return new Map(tags.map((t) => [String(t.key), t.value]));
}

/**
 * ListTagsForResource against the tags the resource must carry after every create, tag and untag the service
 * acknowledged, compared as a set (key to value), code point for code point: the order and the empty-list form
 * are the model's assumptions (tags.list.form), the set is not. Both sides of the tags that differ are kept.
 */
export function checkTagSet(operation: OperationName, outcome: Outcome, prediction: ModelOutcome): Divergence[] {
  if (operation !== "ListTagsForResource" || !outcome.ok || !prediction.ok) return [];
  const listed = tagMap(outcome.output), expected = tagMap(prediction.output);
  const differing = [...new Set([...listed.keys(), ...expected.keys()])]
    .filter((key) => !listed.has(key) || !expected.has(key) || !Object.is(listed.get(key), expected.get(key)));
  if (differing.length === 0) return [];
  const show = (key: string, map: Map<string, unknown>) => (map.has(key) ? `${showValue(key)}=${showValue(map.get(key))}` : `no ${showValue(key)}`);
  const side = (map: Map<string, unknown>) => differing.filter((key) => map.has(key)).map((key) => ({ key, value: map.get(key) }));
  return [{
    kind: "model", operation, check: "tags-set", subject: "tags", basis: TAGGING, expected: side(expected), actual: side(listed),
    message: `the resource's tags differ from what its create, TagResource and UntagResource calls imply: ${differing.map((k) => `${show(k, listed)} (expected ${show(k, expected)})`).join(", ")}`,
  }];
}
