import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { Sha256 } from "@smithy/core/checksum";
import { HttpRequest } from "@smithy/core/protocols";
import { SignatureV4 } from "@smithy/signature-v4";
import { parseAuthorization } from "./parseAuthorization.ts";
import type { Credential } from "./types.ts";

/** What SigV4 covers of a received request. */
export interface SignedParts {
  readonly method: string;
  /** The path as received: the signer escapes it again, as the client's signer did. */
  readonly rawPath: string;
  readonly query: ReadonlyMap<string, readonly string[]>;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** Resolves to undefined when the signature is valid, else to a message saying why (never the secret or signature). */
export type SignatureCheck = (parts: SignedParts) => Promise<string | undefined>;

export interface SignatureCheckOptions {
  readonly credentials: readonly Credential[];
  readonly region: string;
  readonly now?: () => number;
}

const SERVICE = "appfabric";
/** A token added after signing would ride on a signature that never covered it, so AWS refuses it unsigned. */
const TOKEN = "x-amz-security-token";
const MAX_SKEW_MS = 15 * 60 * 1000;
const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

function parseAmzDate(value: string | undefined): Date | undefined {
  const m = AMZ_DATE.exec(value ?? "");
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(",") : value;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a), right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Verifies SigV4 with the SDK's own signer: the canonical request is rebuilt from the received method, path,
 * query, the headers the client listed as signed, and the body (or its x-amz-content-sha256, checked against the
 * body), then signed with the secret of the access key id, and the two signatures are compared in constant time.
 */
export function createSignatureCheck(options: SignatureCheckOptions): SignatureCheck {
  const now = options.now ?? Date.now;
  const signers = new Map(options.credentials.map((c) => [c.accessKeyId,
    new SignatureV4({ credentials: c, region: options.region, service: SERVICE, sha256: Sha256, applyChecksum: false })]));
  return async (parts) => {
    const header = headerText(parts.headers.authorization);
    if (header === undefined) return "Missing Authentication Token: sign the request with SigV4 (service appfabric)";
    const parsed = parseAuthorization(header);
    if (!parsed.ok) return parsed.reason;
    const { auth } = parsed;
    const signer = signers.get(auth.accessKeyId);
    if (signer === undefined) return `The access key id ${auth.accessKeyId} is not known to this emulator`;
    const amzDate = headerText(parts.headers["x-amz-date"]);
    const date = parseAmzDate(amzDate);
    if (date === undefined) return "The x-amz-date header is missing or not in the form yyyymmddThhmmssZ";
    if (Math.abs(now() - date.getTime()) > MAX_SKEW_MS) return "Signature expired: x-amz-date is more than 15 minutes from the server time";
    if (auth.service !== SERVICE || auth.region !== options.region || auth.date !== amzDate?.slice(0, 8)) {
      return `The credential scope must be <date of x-amz-date>/${options.region}/${SERVICE}/aws4_request`;
    }
    if (!auth.signedHeaders.includes("host") || !auth.signedHeaders.includes("x-amz-date")) {
      return "The signed headers must include host and x-amz-date";
    }
    if (Object.hasOwn(parts.headers, TOKEN) && !auth.signedHeaders.includes(TOKEN)) {
      return `The ${TOKEN} header is not among the signed headers: a session token must be signed with the request`;
    }
    const missing = auth.signedHeaders.find((name) => !Object.hasOwn(parts.headers, name));
    if (missing !== undefined) return `The signed header ${missing} is missing from the request`;
    const headers = Object.fromEntries(auth.signedHeaders.map((name) => [name, headerText(parts.headers[name]) ?? ""]));
    const contentHash = headers["x-amz-content-sha256"];
    if (contentHash !== undefined && contentHash !== createHash("sha256").update(parts.body).digest("hex")) {
      return "The x-amz-content-sha256 header does not match the request body";
    }
    const request = new HttpRequest({
      method: parts.method, protocol: "http:", hostname: "localhost", path: parts.rawPath, headers, body: parts.body,
      query: Object.fromEntries([...parts.query].map(([k, v]) => [k, v.length === 1 ? (v[0] as string) : [...v]])),
    });
    const signed = await signer.sign(request, {
      signingDate: date, signingRegion: auth.region, signingService: auth.service, signableHeaders: new Set(auth.signedHeaders),
    });
    const expected = /Signature=([0-9a-f]{64})$/.exec(headerText(signed.headers["authorization"]) ?? "")?.[1] ?? "";
    return sameText(expected, auth.signature) ? undefined
      : "The request signature does not match the signature the emulator computed; check the secret access key and what was signed";
  };
}
