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

const PREFIX = "AWS4-HMAC-SHA256 ";
const CREDENTIAL = /^([^/\s]+)\/(\d{8})\/([^/\s]+)\/([^/\s]+)\/aws4_request$/;
const SIGNED_HEADERS = /^[a-z0-9!#$%&'*+.^_`|~-]+(;[a-z0-9!#$%&'*+.^_`|~-]+)*$/;
const SIGNATURE = /^[0-9a-f]{64}$/;

/** `AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/<service>/aws4_request, SignedHeaders=a;b, Signature=<hex>` */
export function parseAuthorization(header: string): SigV4Authorization | undefined {
  if (!header.startsWith(PREFIX)) return undefined;
  const fields = new Map(header.slice(PREFIX.length).split(",").map((field) => {
    const text = field.trim();
    const at = text.indexOf("=");
    return at < 0 ? [text, ""] as const : [text.slice(0, at), text.slice(at + 1)] as const;
  }));
  const credential = CREDENTIAL.exec(fields.get("Credential") ?? "");
  const signedHeaders = fields.get("SignedHeaders") ?? "";
  const signature = fields.get("Signature") ?? "";
  if (fields.size !== 3 || credential === null || !SIGNED_HEADERS.test(signedHeaders) || !SIGNATURE.test(signature)) {
    return undefined;
  }
  const [, accessKeyId, date, region, service] = credential as unknown as [string, string, string, string, string];
  return { accessKeyId, date, region, service, signedHeaders: signedHeaders.split(";"), signature };
}
