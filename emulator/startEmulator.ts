import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { OPERATIONS } from "../contracts/operationCatalogue.ts";
import { answerClientError } from "./clientError.ts";
import { createModelHandle } from "./createModelHandle.ts";
import { createFaultPlan } from "./faults.ts";
import { createRequestListener } from "./handleRequest.ts";
import { renderOutcome } from "./renderReply.ts";
import { createRouter } from "./router.ts";
import type { Credential, EmulatorOptions, RunningEmulator } from "./types.ts";
import { createSignatureCheck } from "./verifySignature.ts";

export const DEFAULT_CREDENTIALS: readonly Credential[] = [{ accessKeyId: "test", secretAccessKey: "test" }];
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Starts an AppFabric restJson1 server over the reference model (or the given handle). */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const region = options.region ?? "us-east-1";
  const credentials = options.credentials ?? DEFAULT_CREDENTIALS;
  const listener = createRequestListener({
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    ...(options.verifySignatures === false ? {} : { checkSignature: createSignatureCheck({ credentials, region }) }),
    route: (options.route ?? ((route) => route))(createRouter(Object.values(OPERATIONS))),
    nextFault: createFaultPlan(options),
    handle: options.handle ?? createModelHandle(region),
    render: options.render ?? renderOutcome,
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
  });
  const server = createServer(listener);
  server.on("clientError", answerClientError);
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
