import { ERROR_NAMES, ERRORS, type ErrorName } from "../errorCatalogue.ts";
import { listOf, pickMembers, structure, type JsonSchema, type JsonSchemaObject } from "./combinators.ts";
import { SCALARS } from "./scalars.ts";

/** Body members by name (the API model's error shapes); header-bound members such as retryAfterSeconds are not in the body. */
const MEMBERS: Readonly<Record<string, JsonSchema>> = {
  message: SCALARS.String,
  resourceId: SCALARS.String,
  resourceType: SCALARS.String,
  serviceCode: SCALARS.String,
  quotaCode: SCALARS.String,
  reason: SCALARS.ValidationExceptionReason,
  fieldList: listOf(structure("output", { name: SCALARS.String, message: SCALARS.String }, ["name", "message"])),
};

/** Error body schemas, open like every response: clients keep unmodeled body keys (aws-sdk-js-v3's decorateServiceException). */
export const ERROR_SCHEMAS = Object.fromEntries(ERROR_NAMES.map((name) => {
  const spec = ERRORS[name];
  return [name, structure("output", pickMembers(spec.bodyMembers, MEMBERS, name), spec.requiredMembers)];
})) as Readonly<Record<ErrorName, JsonSchemaObject>>;
