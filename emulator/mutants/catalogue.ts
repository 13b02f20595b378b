import { clientTokenIgnored } from "./clientTokenIgnored.ts";
import { deleteLeavesInList } from "./deleteLeavesInList.ts";
import type { Mutant } from "./Mutant.ts";
import { paginationSkips } from "./paginationSkips.ts";
import { staleGetAfterUpdate } from "./staleGetAfterUpdate.ts";
import { updateChangesProcessing } from "./updateChangesProcessing.ts";

/** Every planted bug, by name: what `--mutant NAME` switches on. */
export const MUTANTS: readonly Mutant[] = [
  updateChangesProcessing, clientTokenIgnored, deleteLeavesInList, paginationSkips, staleGetAfterUpdate,
];

export function mutantNamed(name: string): Mutant | undefined {
  return MUTANTS.find((m) => m.name === name);
}
