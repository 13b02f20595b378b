/** Replaces every occurrence of the given secret values (credentials in use) before text leaves the process. */
export function secretScrubber(secrets: readonly (string | undefined)[], then: (text: string) => string = (text) => text): (text: string) => string {
  const values = secrets.filter((s): s is string => typeof s === "string" && s.length >= 4);
  return (text) => then(values.reduce((out, secret) => out.replaceAll(secret, "[REDACTED]"), text));
}
