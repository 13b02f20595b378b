import { resourceNotFound } from "./errors.ts";
import type { KnownRuleId } from "./rules.ts";
import type { ModelState } from "./state.ts";
import { fail, type Transition } from "./transition.ts";

/**
 * The ResourceNotFoundException outcome: `decidedBy` says why nothing answers to the identifier; the error is
 * the documented one for a missing resource, its members assumed (resource.notFound.members).
 */
export function notFound(state: ModelState, resourceId: string, resourceType: string, decidedBy: readonly KnownRuleId[]): Transition {
  return fail(state, resourceNotFound(`${resourceType} ${resourceId} does not exist`, resourceId, resourceType),
    decidedBy, ["resource.notFound"]);
}
