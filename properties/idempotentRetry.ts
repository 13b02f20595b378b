import fc from "fast-check";
import { createDestinationInput } from "../generators/createDestinationInput.ts";
import { destinationConfiguration } from "../generators/destinationConfiguration.ts";
import { createdDestination } from "./createdDestination.ts";
import { runCase } from "./runCase.ts";
import { provoke, transition } from "./coverageTags.ts";
import { harnessProperty } from "./HarnessProperty.ts";
import type { PropertyContext } from "./PropertyContext.ts";

const CREATE = "CreateIngestionDestination";

function arbitrary(ctx: PropertyContext) {
  const options = { ...ctx.parents, sandbox: ctx.sandbox, reservedTags: ctx.harnessTags.length };
  return fc.record({
    input: createDestinationInput(options),
    clientToken: fc.uuid({ version: 4 }),
    other: destinationConfiguration(options),
  }, { noNullPrototype: true });
}

/**
 * A create retried with the same clientToken returns the same destination and creates nothing new
 * (documented); the same token with other parameters is refused (its error is assumed).
 */
export const idempotentRetry = harnessProperty(
  "idempotent-retry",
  "a CreateIngestionDestination retried with the same clientToken returns the same destination; other parameters with that token are refused",
  arbitrary,
  (ctx, { input, clientToken, other }) => runCase(ctx, async (scope) => {
    const first = { ...input, clientToken };
    const created = createdDestination(await scope.create(first, [transition("create")]));
    if (!created) return;
    const again = createdDestination(await scope.create(first, [transition("retry-same-token")]));
    if (again && again.arn !== created.arn) {
      ctx.runner.record([{
        kind: "model", operation: CREATE, check: "same-token-same-destination", subject: "clientToken", basis: ["clientToken.replay"],
        expected: created.arn, actual: again.arn, message: `a retry with clientToken ${clientToken} created ${again.arn} beside ${created.arn}`,
      }]);
    }
    await scope.call("ListIngestionDestinations", { appBundleIdentifier: ctx.parents.appBundle.arn, ingestionIdentifier: ctx.parents.ingestion.arn });
    if (JSON.stringify(other) !== JSON.stringify(input.destinationConfiguration)) {
      await scope.create({ ...first, destinationConfiguration: other }, [transition("token-other-parameters"), provoke("ConflictException")]);
    }
  }),
);
