/**
 * Fuzzed inputs reach counterexamples and messages, and XML 1.0 forbids most control characters and
 * lone surrogates (the XML builder passes them through), so they are shown as \uXXXX escapes instead.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`);
}
