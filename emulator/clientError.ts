import { randomUUID } from "node:crypto";
import { STATUS_CODES, type IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { ModelError } from "../model/index.ts";
import type { PendingResponses } from "./PendingResponses.ts";
import { renderError } from "./renderReply.ts";
import { requestTimedOut, validationError } from "./wireErrors.ts";

/** A documented error written straight to the socket, in the same restJson1 form as every other answer; then the connection closes. */
function writeRawError(socket: Duplex, error: ModelError): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const reply = renderError(error);
  const head = [
    `HTTP/1.1 ${reply.status} ${STATUS_CODES[reply.status] ?? ""}`,
    ...Object.entries(reply.headers).map(([name, value]) => `${name}: ${value}`),
    `x-amzn-requestid: ${randomUUID()}`,
    `content-length: ${Buffer.byteLength(reply.body)}`,
    "connection: close",
  ];
  socket.end(`${head.join("\r\n")}\r\n\r\n${reply.body}`);
}

/**
 * Answers what Node's HTTP parser refused (a bad request line, malformed or oversized headers, headers that did
 * not arrive within the request timeout) with a documented ValidationException instead of Node's bare 400, 408
 * or 431, after any answer still owed on the connection. A connection that never sent a byte, or that the client
 * reset, gets no answer: there is no request to answer.
 */
export function clientErrorHandler(pending: PendingResponses, requestTimeoutMs: number): (error: Error & { code?: string }, socket: Duplex) => void {
  return (error, socket) => {
    const received = "bytesRead" in socket && typeof socket.bytesRead === "number" ? socket.bytesRead : 1;
    if (error.code === "ECONNRESET" || received === 0) {
      socket.destroy();
      return;
    }
    const answer = error.code === "ERR_HTTP_REQUEST_TIMEOUT"
      ? requestTimedOut("headers", requestTimeoutMs)
      : validationError("The request is not well-formed HTTP", "cannotParse");
    pending.whenIdle(socket, () => writeRawError(socket, answer));
  };
}

/** CONNECT asks for a tunnel, which no AppFabric operation is: answered like any other unbound method, instead of Node's silent close. */
export function answerConnect(_req: IncomingMessage, socket: Duplex): void {
  writeRawError(socket, validationError("No AppFabric operation is bound to the method CONNECT", "unknownOperation"));
}
