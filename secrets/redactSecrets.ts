/**
 * A last line of defence applied to every report file and console line as it is written: events should never
 * carry credentials or signatures, but a leaked one in a CI artefact is costly. The credentials in use are masked
 * by value, once registered, whatever their shape; known shapes and URL userinfo are masked by pattern.
 */
export const REDACTED = "[REDACTED]";

/**
 * Values this long are masked wherever they appear; shorter ones (a loopback emulator's `test` key) only where
 * they stand alone, between characters that cannot be part of a credential, so ordinary words that contain
 * them are left as they are. Real access key ids, secrets and session tokens are far longer.
 */
export const MIN_SUBSTRING_SECRET_LENGTH = 8;

const HTML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Values masked by value, each in every form a writer may give it (JSON, HTML and XML, URL), longest first. */
let known: readonly string[] = [];
/** Short values, masked where they stand alone. */
let shortOnes: readonly RegExp[] = [];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Characters a credential can hold: a short value inside a run of these is part of another word. */
const CREDENTIAL_CHAR = "A-Za-z0-9+/=_-";

/** Registers the credentials in use, whatever their length: from now on every text redactSecrets sees has them masked. */
export function maskSecrets(values: readonly (string | undefined)[]): void {
  const forms = values.filter((v): v is string => typeof v === "string" && v.length > 0)
    .flatMap((v) => [v, JSON.stringify(v).slice(1, -1), v.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c), encodeURIComponent(v)]);
  const all = [...new Set([...known, ...shortOnes.map((r) => r.source), ...forms])];
  known = all.filter((v) => v.length >= MIN_SUBSTRING_SECRET_LENGTH && !v.startsWith("(?<!")).sort((a, b) => b.length - a.length);
  const short = new Set([...shortOnes.map((r) => r.source), ...forms.filter((v) => v.length < MIN_SUBSTRING_SECRET_LENGTH)
    .map((v) => `(?<![${CREDENTIAL_CHAR}])${escapeRegExp(v)}(?![${CREDENTIAL_CHAR}])`)]);
  shortOnes = [...short].map((source) => new RegExp(source, "g"));
}

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
  // The whole Authorization header value, which may hold spaces and commas (`AWS4-HMAC-SHA256 Credential=...`); a name
  // that merely ends in it (the rule `ingestion.create.noAppAuthorization` as a JSON key) is no header.
  [new RegExp(String.raw`((?<![\w.])Authorization${QUOTE}\s*[:=]\s*${QUOTE})[^"'\\\r\n<>&]+`, "gi"), `$1${REDACTED}`],
  // Userinfo in a URL (`https://user:password@host`), such as an endpoint given with a password.
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>\\]+@/gi, `$1${REDACTED}@`],
];

export function redactSecrets(text: string): string {
  const long = known.reduce((out, secret) => out.replaceAll(secret, REDACTED), text);
  const masked = shortOnes.reduce((out, pattern) => out.replace(pattern, REDACTED), long);
  return PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), masked);
}
