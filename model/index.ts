/** The reference model's public surface. */
export type { FieldViolation, InputValidator, ModelEnv, ModelError, ModelInput, ModelOutcome, ModelRule, RuleId } from "./types.ts";
export { MODEL_RULES, type KnownRuleId } from "./rules.ts";
export {
  EMPTY_STATE, type AppBundleRecord, type DestinationRecord, type IngestionRecord, type ModelState, type Tag, type TokenRecord,
} from "./state.ts";
export { step, MODEL_OPERATIONS } from "./step.ts";
export type { Transition } from "./transition.ts";
export { ReferenceModel } from "./ReferenceModel.ts";
export { markDestinationFailed } from "./markDestinationFailed.ts";
export { appBundleArn, ingestionArn, destinationArn, idOfArn, kindOfArn, type ArnContext, type ResourceKind } from "./arns.ts";
export { QUOTAS } from "./quotas.ts";
export { adoptAnswer, type Answer } from "./adoptAnswer.ts";
export { confidenceOf, citationOf, type Confidence, type RuleSource } from "./types.ts";
export { absorbResource } from "./absorbResource.ts";
