import { acceptsEnumAnyCase } from "./acceptsEnumAnyCase.ts";
import { acceptsLengthOneOver } from "./acceptsLengthOneOver.ts";
import { acceptsTwoUnionMembers } from "./acceptsTwoUnionMembers.ts";
import { clientTokenIgnored } from "./clientTokenIgnored.ts";
import { deleteLeavesInList } from "./deleteLeavesInList.ts";
import { enumWrongCase } from "./enumWrongCase.ts";
import { epochTimestamps } from "./epochTimestamps.ts";
import { getByUuidDiffers } from "./getByUuidDiffers.ts";
import { missingErrorTypeHeader } from "./missingErrorTypeHeader.ts";
import { missingRequiredMember } from "./missingRequiredMember.ts";
import type { Mutant } from "./Mutant.ts";
import { notFoundOnCreate } from "./notFoundOnCreate.ts";
import { paginationRepeats } from "./paginationRepeats.ts";
import { paginationSkips } from "./paginationSkips.ts";
import { persistentInternalError } from "./persistentInternalError.ts";
import { phantomCreateOverQuota } from "./phantomCreateOverQuota.ts";
import { prefixLengthInUtf16 } from "./prefixLengthInUtf16.ts";
import { prefixNonAsciiReplaced } from "./prefixNonAsciiReplaced.ts";
import { quotaNotEnforced } from "./quotaNotEnforced.ts";
import { quotaOffByOne } from "./quotaOffByOne.ts";
import { rejectsMaxLength } from "./rejectsMaxLength.ts";
import { staleGetAfterUpdate } from "./staleGetAfterUpdate.ts";
import { statusReasonWhenActive } from "./statusReasonWhenActive.ts";
import { tagsLost } from "./tagsLost.ts";
import { tagsNormalisedNfc } from "./tagsNormalisedNfc.ts";
import { tagValuesTrimmed } from "./tagValuesTrimmed.ts";
import { twoUnionMembersInOutput } from "./twoUnionMembersInOutput.ts";
import { undocumentedErrorType } from "./undocumentedErrorType.ts";
import { untagRemovesNothing } from "./untagRemovesNothing.ts";
import { updateAfterDeleteSucceeds } from "./updateAfterDeleteSucceeds.ts";
import { updateChangesProcessing } from "./updateChangesProcessing.ts";
import { updatedBeforeCreated } from "./updatedBeforeCreated.ts";
import { updateMergesConfiguration } from "./updateMergesConfiguration.ts";
import { validationWithoutReason } from "./validationWithoutReason.ts";
import { wrongContentType } from "./wrongContentType.ts";
import { wrongErrorStatus } from "./wrongErrorStatus.ts";
import { wrongSuccessStatus } from "./wrongSuccessStatus.ts";

/** Every planted bug, by name: what `--mutant NAME` switches on. Grouped by class. */
export const MUTANTS: readonly Mutant[] = [
  acceptsLengthOneOver, acceptsTwoUnionMembers, acceptsEnumAnyCase, rejectsMaxLength, prefixLengthInUtf16,
  updateChangesProcessing, updateMergesConfiguration, clientTokenIgnored, quotaOffByOne, deleteLeavesInList,
  getByUuidDiffers, paginationSkips, paginationRepeats, tagsLost, staleGetAfterUpdate,
  quotaNotEnforced, updateAfterDeleteSucceeds, phantomCreateOverQuota, untagRemovesNothing,
  prefixNonAsciiReplaced, tagsNormalisedNfc, tagValuesTrimmed,
  missingRequiredMember, twoUnionMembersInOutput, enumWrongCase, epochTimestamps, updatedBeforeCreated, statusReasonWhenActive,
  wrongErrorStatus, undocumentedErrorType, validationWithoutReason, missingErrorTypeHeader, notFoundOnCreate, persistentInternalError,
  wrongSuccessStatus, wrongContentType,
];

export function mutantNamed(name: string): Mutant | undefined {
  return MUTANTS.find((m) => m.name === name);
}
