import fc from "fast-check";
import type { InvalidCase } from "./defect.ts";
import type { JsonSchema } from "./jsonSchema.ts";
import { schemaDefects, type DefectOptions, type Mutation } from "./schemaDefects.ts";

/** Defect kinds first, then sites: a 50-tag list must not drown the rarer kinds in tag defects. */
function byKind(mutations: readonly Mutation[]): Mutation[][] {
  const groups = new Map<string, Mutation[]>();
  for (const m of mutations) groups.set(m.defect.kind, [...(groups.get(m.defect.kind) ?? []), m]);
  return [...groups.values()];
}

/**
 * Invalid inputs made from valid ones: one planted defect each, labelled with the defect and the
 * ValidationException the contract predicts for it.
 */
export function invalidCase(
  valid: fc.Arbitrary<Readonly<Record<string, unknown>>>,
  inputSchema: JsonSchema,
  options: DefectOptions,
): fc.Arbitrary<InvalidCase> {
  return valid.chain((input) => {
    const groups = byKind(schemaDefects(inputSchema, input, options));
    if (groups.length === 0) throw new Error("the schema implies no defect for this input");
    return fc.constantFrom(...groups).chain((group) => fc.constantFrom(...group)).map((m) => ({
      input: m.apply(input) as Readonly<Record<string, unknown>>,
      defect: m.defect,
      expected: { name: "ValidationException" as const, reason: "fieldValidationFailed" as const, field: m.defect.field },
    }));
  });
}
