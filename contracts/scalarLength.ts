/** A string without surrogates holds no character outside the BMP: each of its UTF-16 units is one scalar value. */
const SURROGATE = /[\ud800-\udfff]/;

/**
 * A string's length as Smithy's length trait counts it: in Unicode scalar values, so a character outside the
 * BMP (two UTF-16 units) counts one. ajv's minLength and maxLength count the same way (its `unicode` option,
 * on by default), so the schemas and everything that counts by hand agree.
 */
export function scalarLength(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** The first `length` scalar values of a string: never half of a surrogate pair. */
export function scalarSlice(text: string, length: number): string {
  return SURROGATE.test(text) ? Array.from(text).slice(0, length).join("") : text.slice(0, length);
}
