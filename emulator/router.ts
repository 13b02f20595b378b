import { labelsOf, type OperationSpec } from "../contracts/operationCatalogue.ts";

/** An operation matched by method and path, with its decoded labels. */
export interface Route {
  readonly spec: OperationSpec;
  readonly labels: Readonly<Record<string, string>>;
}

export type Router = (method: string, segments: readonly string[]) => Route | undefined;

type Part = { readonly literal: string } | { readonly label: string };

interface Template {
  readonly spec: OperationSpec;
  readonly parts: readonly Part[];
}

function compile(spec: OperationSpec): Template {
  const labels = new Set(labelsOf(spec));
  const parts = spec.uri.slice(1).split("/").map((segment): Part => {
    const name = segment.startsWith("{") && segment.endsWith("}") ? segment.slice(1, -1) : undefined;
    return name !== undefined && labels.has(name) ? { label: name } : { literal: segment };
  });
  return { spec, parts };
}

const literalCount = (template: Template) => template.parts.filter((part) => "literal" in part).length;

function match(template: Template, segments: readonly string[]): Record<string, string> | undefined {
  if (template.parts.length !== segments.length) return undefined;
  const labels: Record<string, string> = {};
  for (const [index, part] of template.parts.entries()) {
    const segment = segments[index] as string;
    if ("literal" in part) {
      if (part.literal !== segment) return undefined;
    } else {
      labels[part.label] = segment;
    }
  }
  return labels;
}

/**
 * Routes from the catalogue's method and URI templates. Where two templates match, the one with more literal
 * segments wins, as in Smithy's routing. Segments arrive decoded, so labels may hold `/` (ARNs).
 */
export function createRouter(specs: readonly OperationSpec[]): Router {
  const templates = specs.map(compile).sort((a, b) => literalCount(b) - literalCount(a));
  return (method, segments) => {
    for (const template of templates) {
      if (template.spec.method !== method) continue;
      const labels = match(template, segments);
      if (labels !== undefined) return { spec: template.spec, labels };
    }
    return undefined;
  };
}
