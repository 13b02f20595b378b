import { DEFAULT_PROFILE, parseKnownFiles } from "@smithy/core/config";

/** A profile's settings, by their names in the files (`region`, `endpoint_url`, `aws_access_key_id`, ...). */
export type ProfileSettings = Readonly<Record<string, string | undefined>>;

/**
 * What the shared AWS files (`~/.aws/config` and `~/.aws/credentials`, or `$AWS_CONFIG_FILE` and
 * `$AWS_SHARED_CREDENTIALS_FILE`) hold for a profile, the credentials file winning as in the SDK; read from
 * disk, no service asked. Missing files hold nothing.
 */
export async function sharedProfile(name: string = DEFAULT_PROFILE): Promise<ProfileSettings> {
  return (await parseKnownFiles({ profile: name, ignoreCache: true }))[name] ?? {};
}
