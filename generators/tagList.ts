import fc from "fast-check";
import { LENGTHS } from "../contracts/constraints.ts";
import { boundedString } from "./boundedString.ts";

export interface Tag { readonly key: string; readonly value: string }

/** A single tag with key and value lengths biased to their bounds. */
export function tag(): fc.Arbitrary<Tag> {
  return fc.record({ key: boundedString(LENGTHS.tagKey), value: boundedString(LENGTHS.tagValue) }, { noNullPrototype: true });
}

/** A TagList of distinct keys; `maxLength` defaults to the documented 50 and is drawn at its bound too. */
export function tagList(maxLength: number = LENGTHS.tagList.max): fc.Arbitrary<Tag[]> {
  const list = (min: number, max: number) =>
    fc.uniqueArray(tag(), { minLength: min, maxLength: max, selector: (t) => t.key });
  return fc.oneof({ weight: 4, arbitrary: list(0, Math.min(3, maxLength)) }, { weight: 1, arbitrary: list(maxLength, maxLength) });
}
