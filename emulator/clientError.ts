import { randomUUID } from "node:crypto";
import type { Duplex } from "node:stream";
import { renderError } from "./renderReply.ts";
import { validationError } from "./wireErrors.ts";

/**
 * Answers a request Node's HTTP parser rejected (bad request line, oversized headers) with a documented
 * ValidationException instead of Node's bare 400, then closes the connection.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable || error.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const reply = renderError(validationError("The request is not well-formed HTTP", "cannotParse"));
  const head = [
    `HTTP/1.1 ${reply.status} Bad Request`,
    ...Object.entries(reply.headers).map(([name, value]) => `${name}: ${value}`),
    `x-amzn-requestid: ${randomUUID()}`,
    `content-length: ${Buffer.byteLength(reply.body)}`,
    "connection: close",
  ];
  socket.end(`${head.join("\r\n")}\r\n\r\n${reply.body}`);
}
