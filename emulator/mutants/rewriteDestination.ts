import type { ModelOutcome } from "../../model/index.ts";

/** An IngestionDestination as outputs carry it, for a mutant to rewrite. */
export type DestinationOutput = Readonly<Record<string, unknown>>;

/**
 * The outcome with the destination it carries (Create, Get and Update answer `ingestionDestination`) rewritten;
 * any other outcome as it was. Response mutants plant their bug through this one seam.
 */
export function rewriteDestination(outcome: ModelOutcome, rewrite: (destination: DestinationOutput) => DestinationOutput): ModelOutcome {
  if (!outcome.ok) return outcome;
  const destination = outcome.output.ingestionDestination;
  if (destination === null || typeof destination !== "object") return outcome;
  return { ...outcome, output: { ...outcome.output, ingestionDestination: rewrite(destination as DestinationOutput) } };
}
