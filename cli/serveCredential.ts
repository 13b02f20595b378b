import type { Credential } from "../emulator/index.ts";
import { UsageError } from "./exitCodes.ts";

/** The key `serve` verifies signatures with, and where its access key id came from (printed; the secret never is). */
export interface ServeCredential {
  readonly credential: Credential;
  readonly source: string;
}

interface CredentialFlags {
  readonly accessKeyId?: string;
  readonly secretAccessKey?: string;
}

/** What local AWS emulators usually take. */
const DEFAULT = "test";

/** An empty variable counts as unset, as the SDK's environment provider takes it. */
function variable(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  if (value === undefined || value === "") return undefined;
  // Never quote the value: it may be a secret.
  if (/\s/.test(value)) throw new UsageError(`${name} holds white space; a key never does (a trailing newline?)`);
  return value;
}

/**
 * Each of the pair from its flag, else from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (so the secret need not be
 * on a command line, where ps shows it), else test/test, but only when neither variable is set: half a key from
 * the environment is a mistake, not a cue to guess the other half.
 */
export function serveCredential(flags: CredentialFlags, env: NodeJS.ProcessEnv): ServeCredential {
  const fromEnv = { accessKeyId: variable(env, "AWS_ACCESS_KEY_ID"), secretAccessKey: variable(env, "AWS_SECRET_ACCESS_KEY") };
  const fallback = fromEnv.accessKeyId === undefined && fromEnv.secretAccessKey === undefined ? DEFAULT : undefined;
  const accessKeyId = flags.accessKeyId ?? fromEnv.accessKeyId ?? fallback;
  const secretAccessKey = flags.secretAccessKey ?? fromEnv.secretAccessKey ?? fallback;
  if (accessKeyId === undefined) throw new UsageError("AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not: set both, or pass --access-key-id");
  if (secretAccessKey === undefined) throw new UsageError("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not: set both, or pass --secret-access-key");
  const source = flags.accessKeyId !== undefined ? "--access-key-id"
    : fromEnv.accessKeyId !== undefined ? "AWS_ACCESS_KEY_ID" : "the default";
  return { credential: { accessKeyId, secretAccessKey }, source };
}
