import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import type { AwsCredentialIdentityProvider } from "@smithy/types";
import { InfrastructureError } from "../properties/finding.ts";

/**
 * Refuses a run whose credentials belong to another account than the one the user named, before anything
 * is created. The account comes from STS GetCallerIdentity (its endpoint follows AWS_ENDPOINT_URL_STS).
 */
export async function checkAccount(expected: string, region: string, credentials: AwsCredentialIdentityProvider): Promise<void> {
  const client = new STSClient({ region, credentials, maxAttempts: 3 });
  let account: string | undefined;
  try {
    account = (await client.send(new GetCallerIdentityCommand({}))).Account;
  } catch (error) {
    const { name, message } = error instanceof Error ? error : { name: "Error", message: String(error) };
    throw new InfrastructureError(`cannot confirm the account with STS GetCallerIdentity (${name}: ${message}); nothing was created`);
  } finally {
    client.destroy();
  }
  if (account !== expected) {
    throw new InfrastructureError(`refusing to run: the credentials belong to account ${account ?? "(none reported)"}, not ${expected} named by --account; nothing was created`);
  }
}
