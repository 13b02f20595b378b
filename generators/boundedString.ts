import fc from "fast-check";
import type { LengthRange } from "../contracts/constraints.ts";

/** Characters safe for names and keys on every target; other code points are an exploratory option. */
const SAFE_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-";
const safeChar = fc.constantFrom(...SAFE_CHARS);

export interface BoundedStringOptions {
  /** Characters to draw from; defaults to lowercase letters, digits and `-`. */
  readonly unit?: fc.Arbitrary<string>;
}

/** A string of a length in `range`, drawing the minimum and the maximum length as often as the middle. */
export function boundedString(range: LengthRange, options: BoundedStringOptions = {}): fc.Arbitrary<string> {
  const unit = options.unit ?? safeChar;
  const ofLength = (min: number, max: number) => fc.string({ unit, minLength: min, maxLength: max });
  return fc.oneof(ofLength(range.min, range.min), ofLength(range.max, range.max), ofLength(range.min, range.max));
}

/** A string of exactly `length` characters. */
export function stringOfLength(length: number, options: BoundedStringOptions = {}): fc.Arbitrary<string> {
  return fc.string({ unit: options.unit ?? safeChar, minLength: length, maxLength: length });
}
