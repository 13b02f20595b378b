import type { Mutant } from "./Mutant.ts";

/** ValidationException is built from the message alone: the required reason (and the fieldList) are left out. */
export const validationWithoutReason: Mutant = {
  name: "validation-without-reason",
  class: "errors",
  description: "ValidationException lacks its required member reason, and its fieldList",
  caughtBy: [{ kind: "contract", check: "error-schema" }],
  handle: (handle) => (operation, input) => {
    const outcome = handle(operation, input);
    if (outcome.ok || outcome.error.name !== "ValidationException") return outcome;
    const { reason: _, fieldList: __, ...members } = outcome.error.members;
    return { ...outcome, error: { ...outcome.error, members } };
  },
};
