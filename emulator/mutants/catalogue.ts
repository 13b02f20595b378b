import type { Mutant } from "./Mutant.ts";
import { updateChangesProcessing } from "./updateChangesProcessing.ts";

/** Every planted bug, by name: what `--mutant NAME` switches on. */
export const MUTANTS: readonly Mutant[] = [updateChangesProcessing];

export function mutantNamed(name: string): Mutant | undefined {
  return MUTANTS.find((m) => m.name === name);
}
