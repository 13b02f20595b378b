import { defaultProvider } from "@aws-sdk/credential-provider-node";
import { loadClientModule, type AppFabricClientModule } from "../client/loadClientModule.ts";
import { InfrastructureError } from "../properties/finding.ts";
import { maskSecrets } from "../secrets/redactSecrets.ts";
import { checkAccount } from "../safety/accountGuard.ts";
import { RequestLimiter } from "../safety/requestLimiter.ts";
import { RunGate } from "../safety/RunGate.ts";
import { liveTarget } from "../targets/liveTarget.ts";
import type { Target } from "../targets/target.ts";
import type { LiveSettings } from "./liveSettings.ts";
import { loopbackCredentials } from "./loopbackCredentials.ts";

/** A checked connection to a live endpoint: the target and its limits. */
export interface LiveConnection {
  readonly target: Target;
  readonly limiter: RequestLimiter;
  /** Closed by a signal, the request budget or the first infrastructure failure. */
  readonly gate: RunGate;
}

/** Attempts per call, first included; the SDK's adaptive retry strategy, obeying Retry-After, spaces them. */
const MAX_ATTEMPTS = 3;

/**
 * Resolves credentials and masks them in everything the harness writes from then on (console, reports,
 * journals), refuses the wrong account when one is named (STS GetCallerIdentity), and builds the rate-limited
 * live target. Off loopback the credentials come from the SDK's standard chain (of the named profile); on
 * loopback from the environment and the shared files only, and STS is not asked: nothing leaves the machine.
 * `say` tells what the user asked for and does not get.
 */
export async function connectLive(settings: LiveSettings, module?: AppFabricClientModule, say: (line: string) => void = () => {}): Promise<LiveConnection> {
  const credentials = settings.loopback ? loopbackCredentials(settings.profile) : defaultProvider(settings.profile === undefined ? {} : { profile: settings.profile });
  let identity;
  try {
    identity = await credentials();
  } catch (error) {
    throw new InfrastructureError(`no AWS credentials for ${settings.endpoint}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Before any request: a server may echo the key id (in an error message, say), whatever its shape.
  maskSecrets([identity.accessKeyId, identity.secretAccessKey, identity.sessionToken]);
  if (settings.account !== undefined && settings.loopback) say(`--account ${settings.account} is not checked: ${settings.endpoint} is on this machine, not AWS, and STS is not asked on loopback`);
  else if (settings.account !== undefined) await checkAccount(settings.account, settings.region, credentials);
  const gate = new RunGate();
  // --max-requests bounds the run's calls, and the run stops gracefully there (RunBudget); this hard cap on
  // attempts, every call's retries included, is the backstop that no bug in the harness can get past.
  const limiter = new RequestLimiter({ rate: settings.rate, maxRequests: settings.maxRequests * MAX_ATTEMPTS }, (message) => gate.close(message));
  const target = liveTarget({ module: module ?? await loadClientModule(), endpoint: settings.endpoint, region: settings.region,
    credentials, maxAttempts: MAX_ATTEMPTS, beforeAttempt: limiter.beforeAttempt });
  return { target, limiter, gate };
}
