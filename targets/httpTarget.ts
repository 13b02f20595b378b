import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";
import type { AppFabricClientModule } from "../client/loadClientModule.ts";
import type { OperationName } from "../contracts/operationCatalogue.ts";
import { requestInput } from "../contracts/requestInput.ts";
import type { Outcome } from "./outcome.ts";
import { outcomeFromSdkError } from "./outcomeFromSdkError.ts";
import { RecordingHandler, type BeforeAttempt } from "./recordingHandler.ts";
import { RetryAfterStrategy } from "./RetryAfterStrategy.ts";
import type { Target } from "./target.ts";

export interface HttpTargetOptions {
  readonly name: string;
  readonly module: AppFabricClientModule;
  readonly endpoint?: string;
  readonly region: string;
  readonly credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Attempts per call, first included (the SDK's retry strategy bounds them). */
  readonly maxAttempts: number;
  /**
   * Delay before a retry whose answer named no wait: fixed and short against the emulator, the SDK's jittered
   * backoff against AWS. A wait named by Retry-After is obeyed either way (RetryAfterStrategy).
   */
  readonly retryDelayMs?: number;
  /** Runs before every attempt: the client-side rate limit and request budget. */
  readonly beforeAttempt?: BeforeAttempt;
}

/** The SDK client over HTTP, every exchange recorded: the emulator and live targets. */
export function httpTarget(options: HttpTargetOptions): Target {
  const handler = new RecordingHandler(options.beforeAttempt);
  const client = new options.module.AppFabricClient({
    region: options.region,
    maxAttempts: options.maxAttempts,
    requestHandler: handler,
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
    retryStrategy: new RetryAfterStrategy(options.maxAttempts, options.retryDelayMs === undefined ? {} : { fixedDelayMs: options.retryDelayMs }),
  });
  return {
    name: options.name,
    onWire: true,
    async send(operation: OperationName, input): Promise<Outcome> {
      const started = performance.now();
      const { result, exchanges } = await handler.record(() => client.send(new options.module.commands[operation](input)));
      const last = exchanges.at(-1);
      // What the client put on the wire, read back under the contract's binding: the oracle predicts on this,
      // since a client may drop an unknown member or a planted defect on the way.
      const sent = last ? requestInput(last.request)?.input : undefined;
      const trace = { operation, exchanges, attempts: Math.max(exchanges.length, 1), durationMs: performance.now() - started, ...(sent ? { sent } : {}) };
      if (result.status === "fulfilled") {
        const { $metadata: _, ...output } = result.value as Record<string, unknown>;
        return { ok: true, output, trace };
      }
      return { ok: false, error: outcomeFromSdkError(result.reason), trace };
    },
    async close() {
      client.destroy();
    },
  };
}
