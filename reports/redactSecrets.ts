/**
 * A last line of defence applied to every report file as it is written: events should never carry
 * credentials or signatures, but a leaked one in a CI artefact is costly, so known shapes are masked.
 */
export const REDACTED = "[REDACTED]";

/** Characters that end a secret value: whitespace, quotes, separators, escapes and markup. */
const VALUE = String.raw`[^\s"'&,;\\<>]+`;
/** An optional quote around a name or value: plain, JSON-escaped or HTML-escaped. */
const QUOTE = String.raw`(?:\\?["']|&quot;|&#39;)?`;

const PATTERNS: readonly (readonly [RegExp, string])[] = [
  // Access key ids: long-term (AKIA) and temporary (ASIA).
  [/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, REDACTED],
  // SigV4 signatures in headers and presigned URLs (`Signature=`, `X-Amz-Signature=`).
  [new RegExp(String.raw`(Signature=)${VALUE}`, "gi"), `$1${REDACTED}`],
  // Session tokens as a header (`X-Amz-Security-Token: v`), a query parameter or a JSON member.
  [new RegExp(String.raw`(X-Amz-Security-Token${QUOTE}\s*[:=]\s*${QUOTE})${VALUE}`, "gi"), `$1${REDACTED}`],
  // The whole Authorization header value, which may hold spaces and commas (`AWS4-HMAC-SHA256 Credential=...`).
  [new RegExp(String.raw`(Authorization${QUOTE}\s*[:=]\s*${QUOTE})[^"'\\\r\n<>&]+`, "gi"), `$1${REDACTED}`],
];

export function redactSecrets(text: string): string {
  return PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
