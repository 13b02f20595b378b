/** A loopback HTTP server for the client tests: records each request and answers from a script. */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { AppFabricClient, type AppFabricClientConfig } from "../../client/index.ts";

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface CannedResponse {
  status: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON with content-type application/json. */
  body?: string | object;
}

export interface Loopback {
  endpoint: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startLoopback(respond: (request: RecordedRequest, index: number) => CannedResponse):
  Promise<Loopback> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded = { method: req.method ?? "", url: req.url ?? "", headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8") };
      requests.push(recorded);
      const { status, headers = {}, body } = respond(recorded, requests.length - 1);
      const json = typeof body === "object";
      res.writeHead(status, json ? { "content-type": "application/json", ...headers } : headers);
      res.end(json ? JSON.stringify(body) : body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

/** A client with fake static credentials pointed at the loopback server; no retries unless asked. */
export function loopbackClient(endpoint: string, extra: AppFabricClientConfig = {}): AppFabricClient {
  return new AppFabricClient({
    region: "us-east-1", endpoint, maxAttempts: 1,
    credentials: { accessKeyId: "AKID", secretAccessKey: "fake-secret" },
    ...extra,
  });
}

/** Runs a test body against a fresh server and client, and always stops both. */
export async function withLoopback(respond: (request: RecordedRequest, index: number) => CannedResponse,
  body: (client: AppFabricClient, server: Loopback) => Promise<void>, extra?: AppFabricClientConfig): Promise<void> {
  const server = await startLoopback(respond);
  const client = loopbackClient(server.endpoint, extra);
  try {
    await body(client, server);
  } finally {
    client.destroy();
    await server.close();
  }
}
