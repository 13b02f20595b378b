import fc from "fast-check";
import type { LengthRange } from "../contracts/constraints.ts";

/** Characters safe for names and keys on every target. */
const SAFE_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-";
const safeChar = fc.constantFrom(...SAFE_CHARS);

/** At most this many characters are drawn; longer strings repeat them, so a 256-character value costs 8 draws. */
const CORE_LENGTH = 8;

/** A string of exactly `length` characters: a short random core, repeated. Shrinks toward `aaa…`. */
export function stringOfLength(length: number): fc.Arbitrary<string> {
  if (length === 0) return fc.constant("");
  const core = fc.string({ unit: safeChar, minLength: 1, maxLength: Math.min(length, CORE_LENGTH) });
  return core.map((c) => c.repeat(Math.ceil(length / c.length)).slice(0, length));
}

/** A string of a length in `range`, drawing the minimum and the maximum length as often as the middle. */
export function boundedString(range: LengthRange): fc.Arbitrary<string> {
  return fc.oneof(
    stringOfLength(range.min),
    stringOfLength(range.max),
    fc.integer({ min: range.min, max: range.max }).chain(stringOfLength),
  );
}
