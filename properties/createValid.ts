import { createDestinationInput } from "../generators/createDestinationInput.ts";
import { runCase } from "./runCase.ts";
import { transition } from "./coverageTags.ts";
import { harnessProperty } from "./HarnessProperty.ts";

/** Every valid create succeeds, its response keeps the contract and matches the model field by field. */
export const createValid = harnessProperty(
  "create-valid",
  "every valid CreateIngestionDestination succeeds, with a response that keeps the contract and matches the model",
  (ctx) => createDestinationInput({ ...ctx.parents, sandbox: ctx.sandbox, reservedTags: ctx.harnessTags.length }),
  (ctx, input) => runCase(ctx, async (scope) => {
    await scope.create(input, [transition("create")]);
  }),
);
