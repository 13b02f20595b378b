/**
 * What does not print visibly: control, format (bidi marks, joiners), unassigned and private-use characters,
 * combining marks, and spaces other than U+0020. JSON text holds them only inside strings (it escapes C0
 * controls and lone surrogates itself).
 */
const UNPRINTABLE = /(?! )[\p{C}\p{M}\p{Z}]/gu;

const codePoint = (char: string): string => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`;

/**
 * A value as every message and report shows it: JSON, with each character that does not print visibly written
 * as its code point (`\u{301}`), so two values that look alike show where they differ: a precomposed é beside
 * e\u{301}, a no-break space beside a space, a right-to-left mark. Longer than `limit` characters, it is cut.
 */
export function showValue(value: unknown, limit = 300): string {
  const text = JSON.stringify(value);
  if (text === undefined) return "absent";
  const chars = Array.from(text);
  const cut = chars.length > limit ? `${chars.slice(0, limit - 3).join("")}...` : text;
  return cut.replace(UNPRINTABLE, codePoint);
}
