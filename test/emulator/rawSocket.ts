/** A bare TCP client for the emulator's edge probes: exact bytes out, whatever comes back, read as a blocking client would. */
import { connect } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export interface Exchange {
  /** Everything the server sent, latin1. */
  readonly text: string;
  /** How the connection ended: the server closed it, it was reset (the error code), or the guard gave up. */
  readonly ending: "closed" | "gave up" | string;
}

export interface ExchangeOptions {
  /** Pieces written in order; a number is a pause of that many milliseconds between them. */
  readonly send: readonly (string | Buffer | number)[];
  /** Read nothing until everything is sent, as blocking clients (curl, Python) do; default false. */
  readonly readAfterSending?: boolean;
  /** How long to wait for the server to close before giving up; generous, so only a hang fails. */
  readonly guardMs?: number;
}

/** Sends the pieces and collects the answer until the server closes the connection (or the guard gives up). */
export function exchange(port: number, options: ExchangeOptions): Promise<Exchange> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let text = "";
    let done = false;
    const finish = (ending: string) => {
      if (done) return;
      done = true;
      clearTimeout(guard);
      socket.destroy();
      resolve({ text, ending });
    };
    const guard = setTimeout(() => finish("gave up"), options.guardMs ?? 30_000);
    if (options.readAfterSending) socket.pause();
    socket.on("data", (chunk: Buffer) => { text += chunk.toString("latin1"); });
    socket.on("end", () => finish("closed"));
    socket.on("error", (error: NodeJS.ErrnoException) => finish(error.code ?? error.message));
    socket.on("connect", async () => {
      for (const piece of options.send) {
        if (done) return;
        if (typeof piece === "number") await sleep(piece);
        else if (!socket.write(piece)) await new Promise((drained) => socket.once("drain", drained));
      }
      socket.resume();
    });
  });
}

/** The status line's code and the JSON body of the first answer in `text`, with its headers by lower-case name. */
export function firstAnswer(text: string): { status: number; headers: Record<string, string>; body: unknown } {
  const end = text.indexOf("\r\n\r\n");
  const [statusLine = "", ...lines] = text.slice(0, end).split("\r\n");
  const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
  const length = Number(headers["content-length"] ?? "0");
  const body = text.slice(end + 4, end + 4 + length);
  return { status: Number(statusLine.split(" ")[1]), headers, body: body === "" ? undefined : JSON.parse(body) as unknown };
}
