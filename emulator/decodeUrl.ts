/** The request target split into raw path, decoded path segments and decoded query parameters. */
export interface DecodedUrl {
  /** The path exactly as received (SigV4 signs it in this form). */
  readonly rawPath: string;
  /** Path segments after the leading `/`, each percent-decoded once (an ARN label's %2F becomes `/`). */
  readonly segments: readonly string[];
  /** Query parameters by decoded name, values in order; a name without `=` has the value "". */
  readonly query: ReadonlyMap<string, readonly string[]>;
}

export type DecodeResult = { readonly ok: true; readonly url: DecodedUrl } | { readonly ok: false; readonly message: string };

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function decodeQuery(rawQuery: string): Map<string, string[]> | undefined {
  const query = new Map<string, string[]>();
  for (const pair of rawQuery.split("&")) {
    if (pair === "") continue;
    const at = pair.indexOf("=");
    // `+` stays a plus: SigV4 clients encode a space as %20.
    const name = decode(at < 0 ? pair : pair.slice(0, at));
    const value = at < 0 ? "" : decode(pair.slice(at + 1));
    if (name === undefined || value === undefined) return undefined;
    query.set(name, [...(query.get(name) ?? []), value]);
  }
  return query;
}

/** Splits and decodes a request target in origin form (`/path?query`). */
export function decodeUrl(target: string): DecodeResult {
  if (!target.startsWith("/")) return { ok: false, message: "The request target must be a path starting with /" };
  const mark = target.indexOf("?");
  const rawPath = mark < 0 ? target : target.slice(0, mark);
  const segments = rawPath.slice(1).split("/").map(decode);
  if (segments.some((segment) => segment === undefined)) {
    return { ok: false, message: "The request path is not valid percent-encoding" };
  }
  const query = decodeQuery(mark < 0 ? "" : target.slice(mark + 1));
  if (query === undefined) return { ok: false, message: "The query string is not valid percent-encoding" };
  return { ok: true, url: { rawPath, segments: segments as string[], query } };
}
