import type { AwsCredentialIdentityProvider } from "@smithy/types";
import type { AppFabricClientModule } from "../client/loadClientModule.ts";
import { httpTarget } from "./httpTarget.ts";
import type { BeforeAttempt } from "./recordingHandler.ts";
import type { Target } from "./target.ts";

export interface LiveTargetOptions {
  readonly module: AppFabricClientModule;
  readonly endpoint: string;
  readonly region: string;
  /** The standard AWS credential chain, resolved once by the caller. */
  readonly credentials: AwsCredentialIdentityProvider;
  /** Attempts per call, first included; the SDK's adaptive retry strategy, obeying Retry-After, spaces them. */
  readonly maxAttempts: number;
  /** The client-side rate limit and request budget, before every attempt. */
  readonly beforeAttempt: BeforeAttempt;
}

function named(error: { name: string; message: string }): string {
  return error.name === "Error" ? error.message : `${error.name}: ${error.message}`;
}

/**
 * A real AppFabric endpoint (or any server speaking its API) through the SDK client over HTTP. Failures to
 * reach or authenticate name the endpoint, so an infrastructure error says where it happened.
 */
export function liveTarget(options: LiveTargetOptions): Target {
  const inner = httpTarget({ name: "live", ...options });
  return {
    ...inner,
    async send(operation, input) {
      const outcome = await inner.send(operation, input);
      if (outcome.ok || outcome.error.kind !== "infrastructure") return outcome;
      return { ...outcome, error: { ...outcome.error, message: `AppFabric endpoint ${options.endpoint}: ${named(outcome.error)}` } };
    },
  };
}
