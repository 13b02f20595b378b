import fc from "fast-check";
import type { LengthRange } from "../contracts/constraints.ts";
import { CLASS_SAMPLES } from "./characterClass.ts";

/**
 * Characters every naming rule allows anywhere in a name: S3's bucket naming rules and Firehose's stream name
 * pattern, which constrain bucketName and streamName beyond AppFabric's model, both take lowercase letters and
 * digits at either end.
 */
const NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
const nameChar = fc.constantFrom(...NAME_CHARS);

/** The safe characters of free strings (the prefix, tag keys and values): the names' and "-". */
const safeChar = fc.constantFrom(...NAME_CHARS, "-");

/**
 * Any code point but the surrogates: the space of fast-check's full-unicode unit (`unit: "binary"`), drawn the
 * way it draws it (an integer over the two ranges). Built by hand because `fc.string({ unit: "binary" })`
 * builds a reverse mapping of all 1.1 million code points when it is constructed, about a second at every start.
 */
const codePoint = fc.integer({ min: 0, max: 0x10ffff - 0x800 }).map((n) => String.fromCodePoint(n < 0xd800 ? n : n + 0x800));

/** Any character a free string may hold: a safe one, any code point, or a sample of a character class. It shrinks to a safe one, and so to "a". */
const anyChar = fc.oneof({ withCrossShrink: true }, safeChar, codePoint, fc.constantFrom(...Object.values(CLASS_SAMPLES).flat()));

/** At most this many characters are drawn; longer strings repeat them, so a 256-character value costs 8 draws. */
const CORE_LENGTH = 8;

/**
 * A string of exactly `length` characters, counted as the contract counts them (scalar values): a short random
 * core, repeated; a combining sequence the end cuts keeps its first scalars.
 */
function stringOfLength(length: number, char: fc.Arbitrary<string>): fc.Arbitrary<string> {
  if (length === 0) return fc.constant("");
  return fc.array(char, { minLength: 1, maxLength: Math.min(length, CORE_LENGTH) }).map((chars) => {
    const core = chars.join("");
    const scalars = Array.from(core);
    // Whole repeats of the core, then as many of its scalars as are still missing: never half a surrogate pair.
    return core.repeat(Math.floor(length / scalars.length)) + scalars.slice(0, length % scalars.length).join("");
  });
}

/**
 * stringOfLength for one set of characters, each length built once: drawing a length in the middle would
 * otherwise construct a new arbitrary at every draw, which cost more than the drawing.
 */
function lengthsOf(char: fc.Arbitrary<string>): (length: number) => fc.Arbitrary<string> {
  const built = new Map<number, fc.Arbitrary<string>>();
  return (length) => {
    let arbitrary = built.get(length);
    if (arbitrary === undefined) built.set(length, arbitrary = stringOfLength(length, char));
    return arbitrary;
  };
}

/**
 * A length in `range`: the minimum, the maximum or one between, a third each, drawn as one integer whose thirds
 * are the lengths between, then the maximum, then the minimum. Shrinking the integer takes a bound through the
 * lengths between, so a failure shrinks to the shortest length that still fails (a choice among three
 * arbitraries would leave a bound's failure at that bound whenever the one shrink it offers passes).
 */
function lengthIn(range: LengthRange): fc.Arbitrary<number> {
  const between = range.max - range.min + 1;
  return fc.integer({ min: 0, max: 3 * between - 1 }).map((k) => (k < between ? range.min + k : k < 2 * between ? range.max : range.min));
}

const nameOfLength = lengthsOf(nameChar), safeOfLength = lengthsOf(safeChar), anyOfLength = lengthsOf(anyChar);

/**
 * A free string (no pattern: the prefix, tag keys and values) of a length in `range`: one in four of any
 * characters, the rest of the safe set, so a run still mostly sends what every target takes. A failure that
 * does not depend on the characters shrinks to the shortest string of safe ones: "a", or "" where that is valid.
 */
export function boundedString(range: LengthRange): fc.Arbitrary<string> {
  return fc.oneof({ withCrossShrink: true }, { weight: 3, arbitrary: lengthIn(range).chain(safeOfLength) }, { weight: 1, arbitrary: lengthIn(range).chain(anyOfLength) });
}

/** A bucket or stream name of a length in `range`, within the naming rules AWS documents for both. */
export function boundedName(range: LengthRange): fc.Arbitrary<string> {
  return lengthIn(range).chain(nameOfLength);
}
