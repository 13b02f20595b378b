import type { IncomingMessage } from "node:http";

export interface BodyLimits {
  /** Largest body kept. */
  readonly maxBytes: number;
  /** How much of a larger body is read and thrown away before the answer, so the client is not reset mid-upload. */
  readonly maxDiscardBytes: number;
  /** How long the body may take to arrive once the headers are in. */
  readonly timeoutMs: number;
}

export type BodyRead =
  | { readonly ok: true; readonly body: Buffer }
  /**
   * `tooLarge`: over maxBytes; `drained` says whether all of it was read (then closing the connection resets
   * nothing). `timedOut`: still incomplete after timeoutMs. `closed`: the client went away; nobody is left to answer.
   */
  | { readonly ok: false; readonly problem: "tooLarge"; readonly drained: boolean }
  | { readonly ok: false; readonly problem: "timedOut" | "closed" };

/** The body length the request declares; 0 without content-length (chunked, or no body). */
export const declaredLength = (req: IncomingMessage): number => Number(req.headers["content-length"] ?? "0");

/**
 * Reads the request body, keeping at most `maxBytes`. A larger one is read on and discarded up to
 * `maxDiscardBytes`: a client that sends its whole body before it reads (as blocking HTTP clients do) would
 * otherwise meet a reset, which destroys the answer waiting in its receive buffer. A body declared larger than
 * that is not read at all. Dripping or stalled bodies end at `timeoutMs`.
 */
export function readBody(req: IncomingMessage, limits: BodyLimits): Promise<BodyRead> {
  if (declaredLength(req) > limits.maxDiscardBytes) return Promise.resolve({ ok: false, problem: "tooLarge", drained: false });
  return new Promise((resolve) => {
    let chunks: Buffer[] = [];
    let size = 0;
    const settle = (read: BodyRead) => {
      clearTimeout(timer);
      req.off("data", onData).off("end", onEnd).off("error", onClosed).off("close", onClosed);
      resolve(read);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limits.maxBytes) chunks.push(chunk);
      else chunks = [];
      if (size > limits.maxDiscardBytes) settle({ ok: false, problem: "tooLarge", drained: false });
    };
    const onEnd = () => settle(size > limits.maxBytes ? { ok: false, problem: "tooLarge", drained: true } : { ok: true, body: Buffer.concat(chunks) });
    const onClosed = () => settle({ ok: false, problem: "closed" });
    const timer = setTimeout(() => settle({ ok: false, problem: "timedOut" }), limits.timeoutMs);
    req.on("data", onData).on("end", onEnd).on("error", onClosed).on("close", onClosed);
  });
}
