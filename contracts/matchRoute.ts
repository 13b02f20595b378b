import { OPERATIONS, type OperationSpec } from "./operationCatalogue.ts";

export interface RouteMatch {
  readonly spec: OperationSpec;
  /** The httpLabel members, decoded (an ARN label's %2F is a `/` again). */
  readonly labels: Readonly<Record<string, string>>;
}

type Segment = { readonly literal: string } | { readonly label: string };

const TEMPLATES = Object.values(OPERATIONS).map((spec) => ({
  spec,
  segments: spec.uri.slice(1).split("/").map((part): Segment => (/^\{\w+\}$/.test(part) ? { label: part.slice(1, -1) } : { literal: part })),
}));

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * The operation a request's method and path bind to under the catalogue's http traits, read by the harness
 * itself (the checks must not share the emulator's router, or a routing bug would pass for the binding).
 * Where two templates match, the one with more literal segments wins, as Smithy routes.
 */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  const segments = path.replace(/^\//, "").split("/").map(decode);
  let best: { match: RouteMatch; literals: number } | undefined;
  for (const template of TEMPLATES) {
    if (template.spec.method !== method || template.segments.length !== segments.length) continue;
    const labels: Record<string, string> = {};
    const fits = template.segments.every((part, i) => {
      const segment = segments[i];
      if (segment === undefined) return false;
      if ("literal" in part) return part.literal === segment;
      labels[part.label] = segment;
      return segment !== "";
    });
    const literals = template.segments.filter((part) => "literal" in part).length;
    if (fits && (best === undefined || literals > best.literals)) best = { match: { spec: template.spec, labels }, literals };
  }
  return best?.match;
}
