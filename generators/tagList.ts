import fc from "fast-check";
import { LENGTHS } from "../contracts/constraints.ts";
import { scalarLength, scalarSlice } from "../contracts/scalarLength.ts";
import { boundedString } from "./boundedString.ts";

export interface Tag { readonly key: string; readonly value: string }

/** A single tag with key and value lengths biased to their bounds. */
export function tag(): fc.Arbitrary<Tag> {
  return fc.record({ key: boundedString(LENGTHS.tagKey), value: boundedString(LENGTHS.tagValue) }, { noNullPrototype: true });
}

/**
 * `count` tags with distinct keys: the tag's index ends each key, so no draw is ever rejected as a duplicate
 * (a uniqueness filter over 50 generated tags dominated the cost of a case).
 */
function distinctTags(count: number): fc.Arbitrary<Tag[]> {
  return fc.array(tag(), { minLength: count, maxLength: count }).map((tags) => tags.map((t, i) => {
    if (count === 1) return t;
    const suffix = String(i);
    const length = scalarLength(t.key);
    const key = length > suffix.length ? scalarSlice(t.key, length - suffix.length) + suffix : suffix;
    return { key, value: t.value };
  }));
}

/** A TagList of distinct keys; `maxLength` defaults to the documented 50 and is drawn at its bound too. */
export function tagList(maxLength: number = LENGTHS.tagList.max): fc.Arbitrary<Tag[]> {
  const few = fc.integer({ min: 0, max: Math.min(3, maxLength) }).chain(distinctTags);
  return fc.oneof({ weight: 9, arbitrary: few }, { weight: 1, arbitrary: distinctTags(maxLength) });
}
