import type { ServerResponse } from "node:http";
import type { Reply } from "./types.ts";

/** Writes a reply with its request id (x-amzn-requestid, read by the SDK into $metadata.requestId). */
export function sendReply(res: ServerResponse, reply: Reply, requestId: string, closeConnection = false): void {
  const body = Buffer.from(reply.body, "utf8");
  res.writeHead(reply.status, {
    ...reply.headers,
    "x-amzn-requestid": requestId,
    "content-length": String(body.length),
    ...(closeConnection ? { connection: "close" } : {}),
  });
  res.end(body);
}
