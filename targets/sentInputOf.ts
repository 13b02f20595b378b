import { OPERATIONS } from "../contracts/operationCatalogue.ts";
import { decodeUrl } from "../emulator/decodeUrl.ts";
import { parseRequest } from "../emulator/parseRequest.ts";
import { createRouter } from "../emulator/router.ts";
import type { Exchange } from "./outcome.ts";

const route = createRouter(Object.values(OPERATIONS));

function requestTarget(request: Exchange["request"]): string {
  const pairs = Object.entries(request.query).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((v) => `${encodeURIComponent(name)}=${encodeURIComponent(String(v))}`));
  return pairs.length > 0 ? `${request.path}?${pairs.join("&")}` : request.path;
}

/**
 * What a client actually put on the wire, read back into the SDK input form with the emulator's own
 * restJson1 parser. The oracle predicts on this, not on what the client was asked to send, because a client
 * may drop an unknown member or a planted defect on the way.
 */
export function sentInputOf(request: Exchange["request"]): Readonly<Record<string, unknown>> | undefined {
  const decoded = decodeUrl(requestTarget(request));
  if (!decoded.ok) return undefined;
  const parsed = parseRequest(route, {
    method: request.method, url: decoded.url, contentType: request.headers["content-type"], body: Buffer.from(request.body, "utf8"),
  });
  return parsed.ok ? parsed.input : undefined;
}
