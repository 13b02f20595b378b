import { resolveRef, typeOf, type JsonSchema } from "./jsonSchema.ts";

/**
 * The smallest value a schema accepts, varied by `salt` so repeated items stay distinct
 * (distinct tag keys, for instance). Used to add a union member or fill a list past its bound.
 */
export function minimalInstance(root: JsonSchema, schema: JsonSchema, salt = 0): unknown {
  const node = resolveRef(root, schema);
  if (node.enum && node.enum.length > 0) return node.enum[0];
  switch (typeOf(node)) {
    case "object": {
      const out: Record<string, unknown> = {};
      const props = node.properties ?? {};
      const required = node.required ?? [];
      // A union requires one member though it lists none as required: take the first.
      const members = required.length > 0 || (node.minProperties ?? 0) === 0 ? required : Object.keys(props).slice(0, 1);
      for (const name of members) out[name] = minimalInstance(root, props[name] ?? {}, salt);
      return out;
    }
    case "array":
      return Array.from({ length: node.minItems ?? 0 }, (_, i) => minimalInstance(root, node.items ?? {}, salt + i));
    case "integer":
    case "number":
      return node.minimum ?? 0;
    case "boolean":
      return false;
    default: {
      const min = Math.max(node.minLength ?? 0, 1);
      return String(salt).padStart(min, "a").slice(0, node.maxLength ?? Number.MAX_SAFE_INTEGER);
    }
  }
}
