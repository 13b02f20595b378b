/** The parts of a SigV4 Authorization header. */
export interface SigV4Authorization {
  readonly accessKeyId: string;
  /** yyyymmdd */
  readonly date: string;
  readonly region: string;
  readonly service: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

/** The header read, or why it is refused (never quoting the signature). */
export type ParsedAuthorization = { readonly ok: true; readonly auth: SigV4Authorization } | { readonly ok: false; readonly reason: string };

const PREFIX = "AWS4-HMAC-SHA256 ";
const CREDENTIAL = /^([^/\s]+)\/(\d{8})\/([^/\s]+)\/([^/\s]+)\/aws4_request$/;
const SIGNED_HEADERS = /^[a-z0-9!#$%&'*+.^_`|~-]+(;[a-z0-9!#$%&'*+.^_`|~-]+)*$/;
const SIGNATURE = /^[0-9a-f]{64}$/;
const MALFORMED = { ok: false, reason: "The Authorization header is not a well-formed AWS4-HMAC-SHA256 authorization" } as const;

function refused(reason: string): ParsedAuthorization {
  return { ok: false, reason };
}

/** The first item that occurs twice: AWS refuses such a header rather than pick one of the two. */
function repeated(items: readonly string[]): string | undefined {
  return items.find((item, at) => items.indexOf(item) !== at);
}

/** `AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/<service>/aws4_request, SignedHeaders=a;b, Signature=<hex>` */
export function parseAuthorization(header: string): ParsedAuthorization {
  if (!header.startsWith(PREFIX)) return MALFORMED;
  const pairs = header.slice(PREFIX.length).split(",").map((field) => {
    const text = field.trim();
    const at = text.indexOf("=");
    return at < 0 ? [text, ""] as const : [text.slice(0, at), text.slice(at + 1)] as const;
  });
  const twice = repeated(pairs.map(([name]) => name));
  if (twice !== undefined) return refused(`The Authorization header gives ${twice} more than once`);
  const fields = new Map(pairs);
  const credential = CREDENTIAL.exec(fields.get("Credential") ?? "");
  const signedHeaders = fields.get("SignedHeaders") ?? "";
  const signature = fields.get("Signature") ?? "";
  if (pairs.length !== 3 || credential === null || !SIGNED_HEADERS.test(signedHeaders) || !SIGNATURE.test(signature)) {
    return MALFORMED;
  }
  const names = signedHeaders.split(";");
  const signedTwice = repeated(names);
  if (signedTwice !== undefined) return refused(`SignedHeaders lists ${signedTwice} more than once`);
  const [, accessKeyId, date, region, service] = credential as unknown as [string, string, string, string, string];
  return { ok: true, auth: { accessKeyId, date, region, service, signedHeaders: names, signature } };
}
