/**
 * An endpoint URL without its userinfo (`https://user:password@host` becomes `https://host`): how journals record
 * the endpoint, so a password given in it is never written, and how cleanup matches a journal to its endpoint.
 */
export function withoutUserinfo(endpoint: string): string {
  return endpoint.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, "$1");
}
