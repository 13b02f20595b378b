/** Raw HTTP for the emulator tests: exact request targets (no URL normalisation), optionally SigV4-signed. */
import { Agent, request, type IncomingHttpHeaders } from "node:http";
import { Sha256 } from "@smithy/core/checksum";
import { HttpRequest } from "@smithy/core/protocols";
import { SignatureV4 } from "@smithy/signature-v4";
import type { Credential } from "../../emulator/index.ts";

export interface RawRequest {
  readonly method: string;
  /** Path and query exactly as sent, e.g. /tags/arn%3Aaws%3A...?tagKeys=a */
  readonly target: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface SignOptions {
  /** A session token is sent as x-amz-security-token and signed, as the SDK's signer does. */
  readonly credentials?: Credential & { readonly sessionToken?: string };
  readonly region?: string;
  readonly signingDate?: Date;
  /** false signs without an x-amz-content-sha256 header, so the signature covers the body's hash itself. */
  readonly applyChecksum?: boolean;
}

export const TEST_CREDENTIALS: Credential = { accessKeyId: "test", secretAccessKey: "test" };

function decodeOr(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function queryOf(rawQuery: string): Record<string, string | string[]> {
  const query = new Map<string, string[]>();
  for (const pair of rawQuery.split("&").filter((p) => p !== "")) {
    const at = pair.indexOf("=");
    const key = decodeOr(at < 0 ? pair : pair.slice(0, at));
    query.set(key, [...(query.get(key) ?? []), at < 0 ? "" : decodeOr(pair.slice(at + 1))]);
  }
  return Object.fromEntries([...query].map(([k, v]) => [k, v.length === 1 ? v[0] as string : v]));
}

/** The request's headers plus host, x-amz-date, x-amz-content-sha256 and authorization, as the SDK's signer makes them. */
export async function signHeaders(baseUrl: string, req: RawRequest, options: SignOptions = {}): Promise<Record<string, string>> {
  const { host, hostname, port } = new URL(baseUrl);
  const mark = req.target.indexOf("?");
  const signer = new SignatureV4({
    credentials: options.credentials ?? TEST_CREDENTIALS, region: options.region ?? "us-east-1", service: "appfabric", sha256: Sha256,
    applyChecksum: options.applyChecksum ?? true,
  });
  const signed = await signer.sign(new HttpRequest({
    method: req.method, protocol: "http:", hostname, port: Number(port),
    path: mark < 0 ? req.target : req.target.slice(0, mark), query: queryOf(mark < 0 ? "" : req.target.slice(mark + 1)),
    headers: { ...req.headers, host }, body: req.body ?? "",
  }), options.signingDate === undefined ? {} : { signingDate: options.signingDate });
  return signed.headers;
}

/** Keep-alive connections for tests that send many requests. */
export function keepAliveAgent(): Agent {
  return new Agent({ keepAlive: true, maxSockets: 4 });
}

/**
 * Sends exactly the given request. A body gets a content-length unless it is chunked: Node's client frames none for a GET,
 * DELETE or OPTIONS body, which would make the body bytes look like the next request on the connection.
 */
export function sendRaw(baseUrl: string, req: RawRequest, agent?: Agent): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  const chunked = req.headers?.["transfer-encoding"] !== undefined;
  const length = req.body === undefined || chunked ? {} : { "content-length": String(Buffer.byteLength(req.body)) };
  const headers = { ...length, ...req.headers };
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, method: req.method, path: req.target, headers, agent: agent ?? false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      });
    outgoing.on("error", reject);
    outgoing.end(req.body);
  });
}

export async function sendSigned(baseUrl: string, req: RawRequest, options?: SignOptions, agent?: Agent): Promise<RawResponse> {
  return sendRaw(baseUrl, { ...req, headers: await signHeaders(baseUrl, req, options) }, agent);
}
