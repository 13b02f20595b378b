import { AsyncLocalStorage } from "node:async_hooks";
import { Readable } from "node:stream";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { HttpHandlerOptions } from "@smithy/types";
import { REDACTED } from "../secrets/redactSecrets.ts";
import type { Exchange } from "./outcome.ts";

type NodeRequest = Parameters<NodeHttpHandler["handle"]>[0];
type NodeResponse = Awaited<ReturnType<NodeHttpHandler["handle"]>>["response"];

/** Headers whose values are secrets: kept out of every exchange, hence out of every report and journal. */
const SECRET_HEADERS = new Set(["authorization", "x-amz-security-token"]);

function headersOf(headers: Readonly<Record<string, string | string[] | undefined>>, redact: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    out[key] = redact && SECRET_HEADERS.has(key) ? REDACTED : Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  return "[stream]";
}

async function drain(stream: unknown): Promise<Buffer> {
  if (!stream || typeof (stream as AsyncIterable<unknown>)[Symbol.asyncIterator] !== "function") return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** What runs before each attempt leaves: a rate limit, a request budget. */
export type BeforeAttempt = () => Promise<void>;

/**
 * The HTTP handler under the SDK client: every attempt (retries included) goes through it, so it records each
 * raw exchange for the call that made it (found through async context) with secrets redacted.
 */
export class RecordingHandler {
  readonly #inner: NodeHttpHandler;
  readonly #calls = new AsyncLocalStorage<Exchange[]>();
  readonly metadata = { handlerProtocol: "http/1.1" };

  constructor(private readonly beforeAttempt: BeforeAttempt = async () => {}, options: ConstructorParameters<typeof NodeHttpHandler>[0] = {}) {
    this.#inner = new NodeHttpHandler(options);
  }

  /** Runs one call, returning its result and every exchange it put on the wire. */
  async record<T>(call: () => Promise<T>): Promise<{ result: PromiseSettledResult<T>; exchanges: Exchange[] }> {
    const exchanges: Exchange[] = [];
    const result = await this.#calls.run(exchanges, async () => {
      try {
        return { status: "fulfilled" as const, value: await call() };
      } catch (reason) {
        return { status: "rejected" as const, reason };
      }
    });
    return { result, exchanges };
  }

  async handle(request: NodeRequest, options?: HttpHandlerOptions): Promise<{ response: NodeResponse }> {
    await this.beforeAttempt();
    const started = performance.now();
    const recorded: Exchange["request"] = {
      method: request.method, path: request.path, query: { ...(request.query as Record<string, string | string[]>) },
      headers: headersOf(request.headers, true), body: bodyText(request.body),
    };
    const exchanges = this.#calls.getStore();
    try {
      const { response } = await this.#inner.handle(request, options);
      const body = await drain(response.body);
      exchanges?.push({ request: recorded, response: { status: response.statusCode, headers: headersOf(response.headers, false),
        body: body.toString("utf8") }, durationMs: performance.now() - started });
      response.body = Readable.from([body]);
      return { response };
    } catch (error) {
      exchanges?.push({ request: recorded, durationMs: performance.now() - started });
      throw error;
    }
  }

  updateHttpClientConfig(...args: Parameters<NodeHttpHandler["updateHttpClientConfig"]>): void {
    this.#inner.updateHttpClientConfig(...args);
  }

  httpHandlerConfigs(): ReturnType<NodeHttpHandler["httpHandlerConfigs"]> {
    return this.#inner.httpHandlerConfigs();
  }

  destroy(): void {
    this.#inner.destroy();
  }
}
