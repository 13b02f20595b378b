import { Readable } from "node:stream";
import { HttpResponse } from "@smithy/core/protocols";
import type { HttpHandlerOptions } from "@smithy/types";
import type { NodeHttpHandler } from "@smithy/node-http-handler";

type NodeRequest = Parameters<NodeHttpHandler["handle"]>[0];

/** An HTTP answer to hand the client: status, headers and body text, as a server would write them. */
export interface CannedAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * A requestHandler for an SDK client that never touches the network: every request is answered by `answer`,
 * the body arriving as a stream as it would from a socket. Everything above the transport (serializer,
 * signer, retries, deserializer, error classification) runs as it does against a real server.
 */
export function cannedResponseHandler(answer: (request: NodeRequest) => CannedAnswer) {
  return {
    metadata: { handlerProtocol: "http/1.1" },
    async handle(request: NodeRequest, _options?: HttpHandlerOptions): Promise<{ response: HttpResponse }> {
      const { status, headers, body } = answer(request);
      return { response: new HttpResponse({ statusCode: status, headers: { ...headers }, body: Readable.from([Buffer.from(body, "utf8")]) }) };
    },
    updateHttpClientConfig(): void {},
    httpHandlerConfigs(): Record<string, never> {
      return {};
    },
    destroy(): void {},
  };
}
