import fc from "fast-check";
import { labelsOf, OPERATIONS } from "../contracts/operationCatalogue.ts";
import { INPUT_SCHEMAS } from "../contracts/schemas/inputs.ts";
import { createDestinationInput, type CreateDestinationInput } from "../generators/createDestinationInput.ts";
import { invalidCase } from "../generators/invalidCase.ts";
import type { JsonSchema } from "../generators/jsonSchema.ts";
import { updateDestinationInput } from "../generators/updateDestinationInput.ts";
import { createdDestination } from "./createdDestination.ts";
import { runCase } from "./runCase.ts";
import { checkLabel, defectCoverage } from "./checkLabel.ts";
import { harnessProperty } from "./HarnessProperty.ts";
import { bindDestination, PLACEHOLDER_DESTINATION } from "./placeholderDestination.ts";
import type { PropertyContext } from "./PropertyContext.ts";

const CREATE = "CreateIngestionDestination" as const;
const UPDATE = "UpdateIngestionDestination" as const;

function cases(ctx: PropertyContext) {
  const generated = { ...ctx.parents, sandbox: ctx.sandbox, reservedTags: ctx.harnessTags.length };
  const create = createDestinationInput(generated);
  const invalidCreate = invalidCase(create, INPUT_SCHEMAS[CREATE] as JsonSchema, { labels: labelsOf(OPERATIONS[CREATE]) });
  const invalidUpdate = invalidCase(
    updateDestinationInput({ ...generated, destination: PLACEHOLDER_DESTINATION }),
    INPUT_SCHEMAS[UPDATE] as JsonSchema,
    { labels: labelsOf(OPERATIONS[UPDATE]) },
  );
  return fc.oneof(
    invalidCreate.map((label) => ({ operation: CREATE as typeof CREATE | typeof UPDATE, label, base: undefined as CreateDestinationInput | undefined })),
    fc.tuple(invalidUpdate, create).map(([label, base]) => ({ operation: UPDATE as typeof CREATE | typeof UPDATE, label, base: base as CreateDestinationInput | undefined })),
  );
}

/** Every invalid create or update is rejected with the error its planted defect implies. */
export const invalidRejected = harnessProperty(
  "invalid-rejected",
  "every CreateIngestionDestination or UpdateIngestionDestination with a planted defect is rejected with ValidationException",
  cases,
  (ctx, { operation, label, base }) => runCase(ctx, async (scope) => {
    const coverage = defectCoverage(ctx.contract, operation, label);
    if (operation === CREATE) {
      const outcome = await scope.create(label.input, coverage);
      ctx.runner.record(checkLabel(ctx.contract, operation, label, outcome));
      return;
    }
    const created = createdDestination(await scope.create(base ?? {}));
    if (!created) return;
    const outcome = await scope.call(UPDATE, bindDestination(label.input, created), coverage);
    ctx.runner.record(checkLabel(ctx.contract, operation, label, outcome));
  }),
);
