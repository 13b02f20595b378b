import { chain, CredentialsProviderError, DEFAULT_PROFILE } from "@smithy/core/config";
import { fromEnv } from "@aws-sdk/credential-provider-env";
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";
import { sharedProfile } from "./sharedProfile.ts";

/** A profile's static keys in the shared files, or the next link of the chain. */
function profileKeys(name: string): AwsCredentialIdentityProvider {
  return async (): Promise<AwsCredentialIdentity> => {
    const { aws_access_key_id: accessKeyId, aws_secret_access_key: secretAccessKey, aws_session_token: sessionToken } = await sharedProfile(name);
    if (!accessKeyId || !secretAccessKey) {
      throw new CredentialsProviderError(`profile ${name} has no aws_access_key_id and aws_secret_access_key in the shared files`, { tryNextLink: true });
    }
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
  };
}

/**
 * Credentials for a loopback endpoint from this machine alone, in the SDK's order: a named profile's keys (the
 * environment's keys are then passed over, as the SDK does), else the environment's, else the default
 * profile's. Never the rest of the SDK's chain: instance and container metadata are services on the network,
 * and a profile that assumes a role or signs in with SSO asks STS or the SSO portal. Resolved once.
 */
export function loopbackCredentials(profile: string | undefined): AwsCredentialIdentityProvider {
  const resolve = profile === undefined ? chain(fromEnv(), profileKeys(DEFAULT_PROFILE)) : profileKeys(profile);
  let resolved: Promise<AwsCredentialIdentity> | undefined;
  return async () => {
    resolved ??= resolve().catch((error: unknown) => {
      const missing = `${profile === undefined ? "no AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment, and " : ""}${error instanceof Error ? error.message : String(error)}`;
      throw new Error(`${missing}; on a loopback endpoint the harness takes credentials from those only, never from a role, SSO or instance metadata`);
    });
    return resolved;
  };
}
