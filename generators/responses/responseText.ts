import fc from "fast-check";
import type { LengthRange } from "../../contracts/constraints.ts";

const PLAIN = "abcdefghijklmnopqrstuvwxyz0123456789-_:/";
/** Characters a JSON deserializer must carry through untouched: escapes, controls, non-ASCII, astral. */
const AWKWARD = ['"', "\\", "\u0000", "\u001f", "\t", " ", "é", "日", "😀"];
/** Line terminators: valid in JSON strings, but outside `.` in the contract's ARN pattern. */
const LINE_BREAKS = ["\n", "\u2028"];

/** Longer strings repeat a short drawn core, so a 2,048-character value costs a few draws. */
const CORE_LENGTH = 8;
const UNBOUNDED: LengthRange = { min: 0, max: 24 };

export interface ResponseTextOptions {
  /** Leave out line terminators (for values a single-line pattern must match). */
  readonly singleLine?: boolean;
}

function codePoint(options: ResponseTextOptions): fc.Arbitrary<string> {
  const awkward = options.singleLine ? AWKWARD : [...AWKWARD, ...LINE_BREAKS];
  return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PLAIN) }, { weight: 1, arbitrary: fc.constantFrom(...awkward) });
}

function ofLength(length: number, options: ResponseTextOptions): fc.Arbitrary<string> {
  if (length === 0) return fc.constant("");
  const core = fc.array(codePoint(options), { minLength: 1, maxLength: Math.min(length, CORE_LENGTH) });
  return core.map((points) => Array.from({ length }, (_, i) => points[i % points.length]).join(""));
}

/**
 * A string a service may answer with, its length in `range` counted in code points (as the contract counts
 * them), drawn at both bounds as often as between them.
 */
export function responseText(range: LengthRange = UNBOUNDED, options: ResponseTextOptions = {}): fc.Arbitrary<string> {
  // Cross-shrinking lets a value drawn at the upper bound shrink to the lower one.
  return fc.oneof(
    { withCrossShrink: true },
    ofLength(range.min, options),
    ofLength(range.max, options),
    fc.integer({ min: range.min, max: range.max }).chain((length) => ofLength(length, options)),
  );
}
