import type { LengthRange } from "../contracts/constraints.ts";
import { scalarLength } from "../contracts/scalarLength.ts";

/**
 * What a string member without a pattern can hold that a service may lose on the way in and out: characters
 * outside ASCII and outside the BMP, combining sequences, both normalisation forms, right-to-left text, spaces
 * at either end, characters JSON or a URL must escape, the empty string, and lengths at the bounds in characters
 * that take two UTF-16 units (and four UTF-8 bytes), where a service counting units or bytes goes wrong.
 */
export const CHARACTER_CLASSES = {
  "non-ascii": "letters outside ASCII, within the BMP",
  astral: "characters outside the BMP (each one character toward the length)",
  combining: "a combining sequence",
  precomposed: "a precomposed character (NFD would split it)",
  decomposed: "a decomposed sequence (NFC would join it)",
  "right-to-left": "right-to-left text",
  "leading-space": "a leading space",
  "trailing-space": "a trailing space",
  escaped: "characters JSON or a URL escapes (\" \\ / % + ? #)",
  empty: "the empty string",
  "astral-at-min": "the minimum length in characters outside the BMP",
  "astral-at-max": "the maximum length in characters outside the BMP (twice as many UTF-16 units)",
  "astral-over-max": "one character over the maximum, with characters outside the BMP (refused however it is counted)",
} as const;

export type CharacterClass = keyof typeof CHARACTER_CLASSES;

/**
 * Characters (as a reader sees them: a combining sequence is one) that show each class a few characters can:
 * the coverage plan's values are made of them, and random strings draw them beside any code point, since a
 * uniform draw of code points almost never puts an accent after its letter or lands on a right-to-left script.
 */
export const CLASS_SAMPLES = {
  "non-ascii": ["Ä", "ö", "ü", "日", "本"],
  /** Letters outside the BMP (CJK Extension B, mathematical script): still letters, which AWS's tagging rules allow. */
  astral: ["\u{20000}", "\u{1D49C}"],
  /** A letter with an accent no precomposed character holds: normalisation leaves it as it is. */
  combining: ["q\u0303"],
  precomposed: ["\u00e9"],
  /** The decomposed form of the precomposed sample: NFC turns one into the other. */
  decomposed: ["e\u0301"],
  "right-to-left": ["ש", "ל", "ו", "ם"],
  space: [" "],
  escaped: ["\"", "\\", "/", "%", "+", "?", "#"],
} as const satisfies Readonly<Record<string, readonly string[]>>;

const NON_ASCII_BMP_LETTER = /(?![\0-\x7f])(?=\p{L})[\0-\uffff]/u;
const ASTRAL = /[\u{10000}-\u{10ffff}]/u;
const COMBINING = /\p{M}/u;
/** The scripts written right to left, and the marks and overrides that make text run so. */
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\u200f\u202b\u202e\u2067]/u;
const ESCAPED = /["\\/%+?#]/;

/** The classes a member with this length range admits: no empty string where the minimum is 1, no character at a minimum of 0. */
export function classesFor(range: LengthRange): CharacterClass[] {
  return (Object.keys(CHARACTER_CLASSES) as CharacterClass[])
    .filter((cls) => (cls === "empty" ? range.min === 0 : cls === "astral-at-min" ? range.min > 0 : true));
}

/** The classes one value of a member with this length range exercises; none for plain ASCII. */
export function characterClassesOf(text: string, range: LengthRange): CharacterClass[] {
  if (text === "") return range.min === 0 ? ["empty"] : [];
  const found: CharacterClass[] = [];
  if (/^\s/u.test(text)) found.push("leading-space");
  if (/\s$/u.test(text)) found.push("trailing-space");
  if (ESCAPED.test(text)) found.push("escaped");
  // Printable ASCII past the ends is all the safe set draws: the rest need not be looked at.
  if (/^[\x20-\x7e]*$/.test(text)) return found;
  if (NON_ASCII_BMP_LETTER.test(text)) found.push("non-ascii");
  if (COMBINING.test(text)) found.push("combining");
  if (text.normalize("NFD") !== text) found.push("precomposed");
  if (text.normalize("NFC") !== text) found.push("decomposed");
  if (RIGHT_TO_LEFT.test(text)) found.push("right-to-left");
  if (ASTRAL.test(text)) {
    found.push("astral");
    const length = scalarLength(text);
    if (length === range.min) found.push("astral-at-min");
    if (length === range.max) found.push("astral-at-max");
    if (length > range.max) found.push("astral-over-max");
  }
  return found;
}
