import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { OPERATIONS } from "../contracts/operationCatalogue.ts";
import { answerConnect, clientErrorHandler } from "./clientError.ts";
import { createModelHandle } from "./createModelHandle.ts";
import { createFaultPlan } from "./faults.ts";
import { createRequestListener } from "./handleRequest.ts";
import { PendingResponses } from "./PendingResponses.ts";
import { renderOutcome } from "./renderReply.ts";
import { createRouter } from "./router.ts";
import type { Credential, EmulatorOptions, RunningEmulator } from "./types.ts";
import { createSignatureCheck } from "./verifySignature.ts";

export const DEFAULT_CREDENTIALS: readonly Credential[] = [{ accessKeyId: "test", secretAccessKey: "test" }];
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_MAX_DISCARD_BYTES = 32 * 1024 * 1024;
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/** Starts an AppFabric restJson1 server over the reference model (or the given handle). */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const region = options.region ?? "us-east-1";
  const credentials = options.credentials ?? DEFAULT_CREDENTIALS;
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const pending = new PendingResponses();
  const listener = createRequestListener({
    body: { maxBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, maxDiscardBytes: options.maxDiscardBytes ?? DEFAULT_MAX_DISCARD_BYTES, timeoutMs: requestTimeoutMs },
    pending,
    ...(options.verifySignatures === false ? {} : { checkSignature: createSignatureCheck({ credentials, region }) }),
    route: (options.route ?? ((route) => route))(createRouter(Object.values(OPERATIONS))),
    nextFault: createFaultPlan(options),
    handle: options.handle ?? createModelHandle(region),
    render: options.render ?? renderOutcome,
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
  });
  const server = createServer({
    // Node's own answers (a bare 400 without Host, 408 after requestTimeout) would be undocumented: the listener
    // checks Host and times the body, Node times only the headers, checked often enough to keep to the timeout.
    requireHostHeader: false,
    requestTimeout: 0,
    headersTimeout: requestTimeoutMs,
    connectionsCheckingInterval: Math.min(1000, Math.max(10, requestTimeoutMs / 4)),
  }, listener);
  // Expect: 100-continue and other expectations come to the listener too, instead of Node's automatic 100 or bare 417.
  server.on("checkContinue", listener).on("checkExpectation", listener);
  server.on("clientError", clientErrorHandler(pending, requestTimeoutMs)).on("connect", answerConnect);
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    }),
  };
}
