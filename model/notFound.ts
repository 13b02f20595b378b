import { resourceNotFound } from "./errors.ts";
import type { KnownRuleId } from "./rules.ts";
import type { ModelState } from "./state.ts";
import { fail, type Transition } from "./transition.ts";

/**
 * The ResourceNotFoundException outcome: resourceId is the identifier as the caller gave it,
 * resourceType the kind the operation acts on (resource.notFound.members).
 */
export function notFound(state: ModelState, resourceId: string, resourceType: string, basis: readonly KnownRuleId[]): Transition {
  return fail(state, resourceNotFound(`${resourceType} ${resourceId} does not exist`, resourceId, resourceType),
    [...basis, "resource.notFound", "resource.notFound.members"]);
}
