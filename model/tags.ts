import type { ModelState, Tag } from "./state.ts";

/** Tag bookkeeping. Tags live on their resource's record, so deleting a resource deletes its tags. */

export const TAG_LIMIT = 50;

/** Merge by key, a later value replacing an earlier one; the result is sorted by key. */
export function mergeTags(existing: readonly Tag[], additions: readonly Tag[]): readonly Tag[] {
  const byKey = new Map(existing.map((t) => [t.key, t.value]));
  for (const t of additions) byKey.set(t.key, t.value);
  return sortTags([...byKey].map(([key, value]) => ({ key, value })));
}

export function removeTags(existing: readonly Tag[], keys: readonly string[]): readonly Tag[] {
  const doomed = new Set(keys);
  return existing.filter((t) => !doomed.has(t.key));
}

/** Code-unit order, so the result does not depend on the host's locale. */
function sortTags(tags: readonly Tag[]): readonly Tag[] {
  return [...tags].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Fresh copies for an output, so callers cannot reach into the state. */
export function tagsOutput(tags: readonly Tag[]): Tag[] {
  return tags.map((t) => ({ key: t.key, value: t.value }));
}

/** The state with the tags of the resource with this ARN replaced. */
export function withTags(state: ModelState, arn: string, tags: readonly Tag[]): ModelState {
  return {
    ...state,
    appBundles: state.appBundles.map((r) => (r.arn === arn ? { ...r, tags } : r)),
    ingestions: state.ingestions.map((r) => (r.arn === arn ? { ...r, tags } : r)),
    destinations: state.destinations.map((r) => (r.arn === arn ? { ...r, tags } : r)),
  };
}
