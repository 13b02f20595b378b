import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Responses begun and not yet finished, per connection. HTTP/1.1 answers requests in order, so an answer
 * written straight to the socket (a request Node's parser refused) must wait for those before it.
 */
export class PendingResponses {
  readonly #open = new WeakMap<object, number>();
  readonly #waiting = new WeakMap<object, (() => void)[]>();

  track(req: IncomingMessage, res: ServerResponse): void {
    const socket = req.socket;
    this.#open.set(socket, (this.#open.get(socket) ?? 0) + 1);
    res.once("close", () => {
      const left = (this.#open.get(socket) ?? 1) - 1;
      this.#open.set(socket, left);
      if (left > 0) return;
      const waiting = this.#waiting.get(socket) ?? [];
      this.#waiting.delete(socket);
      for (const run of waiting) run();
    });
  }

  /** Runs `then` once the connection has no response in progress: at once when it has none. */
  whenIdle(socket: object, then: () => void): void {
    if ((this.#open.get(socket) ?? 0) === 0) then();
    else this.#waiting.set(socket, [...(this.#waiting.get(socket) ?? []), then]);
  }
}
