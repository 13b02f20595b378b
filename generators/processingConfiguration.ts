import fc from "fast-check";
import { ENUMS } from "../contracts/constraints.ts";

export interface ProcessingConfiguration {
  readonly auditLog: { readonly schema: string; readonly format: string };
}

/** Every schema x format pair the model allows (the console hides raw+parquet; the API model does not). */
export function processingConfiguration(): fc.Arbitrary<ProcessingConfiguration> {
  return fc.record(
    { schema: fc.constantFrom(...ENUMS.schema), format: fc.constantFrom(...ENUMS.format) },
    { noNullPrototype: true },
  ).map((auditLog) => ({ auditLog }));
}
