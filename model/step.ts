import { brokenAwsRules } from "./brokenAwsRules.ts";
import { validationError } from "./errors.ts";
import { createAppBundle } from "./handlers/createAppBundle.ts";
import { createIngestion } from "./handlers/createIngestion.ts";
import { createIngestionDestination } from "./handlers/createIngestionDestination.ts";
import { deleteAppBundle } from "./handlers/deleteAppBundle.ts";
import { deleteIngestion } from "./handlers/deleteIngestion.ts";
import { deleteIngestionDestination } from "./handlers/deleteIngestionDestination.ts";
import { getAppBundle } from "./handlers/getAppBundle.ts";
import { getIngestion } from "./handlers/getIngestion.ts";
import { getIngestionDestination } from "./handlers/getIngestionDestination.ts";
import { listAppBundles } from "./handlers/listAppBundles.ts";
import { listIngestionDestinations } from "./handlers/listIngestionDestinations.ts";
import { listIngestions } from "./handlers/listIngestions.ts";
import { listTagsForResource } from "./handlers/listTagsForResource.ts";
import { startIngestion, stopIngestion } from "./handlers/startStopIngestion.ts";
import { tagResource } from "./handlers/tagResource.ts";
import { untagResource } from "./handlers/untagResource.ts";
import { updateIngestionDestination } from "./handlers/updateIngestionDestination.ts";
import type { ModelState } from "./state.ts";
import { fail, type Handler, type Transition } from "./transition.ts";
import type { FieldViolation, ModelEnv, ModelInput } from "./types.ts";

/** Operation name -> its rules: a static table, the same set as the contract's OPERATION_NAMES. */
const HANDLERS: Readonly<Record<string, Handler>> = {
  CreateAppBundle: createAppBundle, GetAppBundle: getAppBundle, ListAppBundles: listAppBundles,
  DeleteAppBundle: deleteAppBundle,
  CreateIngestion: createIngestion, GetIngestion: getIngestion, ListIngestions: listIngestions,
  StartIngestion: startIngestion, StopIngestion: stopIngestion, DeleteIngestion: deleteIngestion,
  CreateIngestionDestination: createIngestionDestination, GetIngestionDestination: getIngestionDestination,
  UpdateIngestionDestination: updateIngestionDestination, ListIngestionDestinations: listIngestionDestinations,
  DeleteIngestionDestination: deleteIngestionDestination,
  TagResource: tagResource, UntagResource: untagResource, ListTagsForResource: listTagsForResource,
};

/** The operations the model knows. */
export const MODEL_OPERATIONS: readonly string[] = Object.keys(HANDLERS);

function describe(violations: readonly FieldViolation[]): string {
  const count = `${violations.length} validation error${violations.length === 1 ? "" : "s"} detected`;
  return `${count}: ${violations.map((v) => `${v.name}: ${v.message}`).join("; ")}`;
}

/** Whether the handler, had the input been valid, would have refused it for another reason: then which error comes first is an assumption. */
function failsOtherwise(handler: Handler, state: ModelState, input: ModelInput, env: ModelEnv): boolean {
  const otherwise = handler(state, input, env).outcome;
  return !otherwise.ok && otherwise.error.name !== "ValidationException";
}

/**
 * One request against a state: the next state and the predicted outcome. Pure: the given state is never
 * mutated, and the same state, input and env answers (clock and ids included) give the same result.
 */
export function step(state: ModelState, operation: string, input: ModelInput, env: ModelEnv): Transition {
  const handler = Object.hasOwn(HANDLERS, operation) ? HANDLERS[operation] : undefined;
  if (handler === undefined) {
    return fail(state, validationError(`Unknown operation ${operation}`, "unknownOperation", "operation.unknown"), ["operation.unknown"], ["operation.unknown"]);
  }
  const violations = env.validate(operation, input);
  if (violations.length > 0) {
    const error = validationError(describe(violations), "fieldValidationFailed", "input.validation.reason", violations);
    return fail(state, error, ["input.validation"], failsOtherwise(handler, state, input, env) ? ["input.validation", "errors.precedence"] : ["input.validation"]);
  }
  const next = handler(state, input, env);
  const beyond = brokenAwsRules(input);
  // A valid input is never refused for its fields: every success also rests on that, and on the assumption
  // that AppFabric takes values a wider AWS rule forbids, when the input holds one.
  if (next.outcome.ok) return { ...next, outcome: { ...next.outcome, decidedBy: ["input.validation", ...beyond, ...(next.outcome.decidedBy ?? [])] } };
  // Such a value may be refused before anything else is looked at: another error is then an assumption.
  if (beyond.length === 0 || next.outcome.error.name === "ValidationException") return next;
  return { ...next, outcome: { ...next.outcome, basis: [...new Set([...next.outcome.basis, ...beyond, "errors.precedence"])] } };
}
