import fc from "fast-check";
import { createDestinationInput } from "../generators/createDestinationInput.ts";
import { destinationConfiguration } from "../generators/destinationConfiguration.ts";
import { identifierOf } from "../generators/identifierForm.ts";
import { toWireJson } from "../contracts/toWireJson.ts";
import type { Outcome } from "../targets/outcome.ts";
import { showValue } from "./checks/showValue.ts";
import { createdDestination } from "./createdDestination.ts";
import { runCase } from "./runCase.ts";
import { provoke, transition } from "./coverageTags.ts";
import { memberSubject, type Divergence } from "./judging/Divergence.ts";
import { harnessProperty } from "./HarnessProperty.ts";
import type { PropertyContext } from "./PropertyContext.ts";

const UPDATE = "UpdateIngestionDestination";
/** Update has no member for these, so it cannot change them (documented by the operation's input shape). */
const IMMUTABLE = ["arn", "ingestionArn", "processingConfiguration", "createdAt"] as const;

function destinationOf(outcome: Outcome): Record<string, unknown> | undefined {
  return outcome.ok ? (toWireJson(outcome.output.ingestionDestination) as Record<string, unknown>) : undefined;
}

function keepsImmutable(before: Record<string, unknown>, after: Record<string, unknown>, operation: string): Divergence[] {
  return IMMUTABLE.filter((member) => JSON.stringify(before[member]) !== JSON.stringify(after[member])).map((member) => ({
    kind: "model", operation, check: `keeps-${member}`, subject: memberSubject(`ingestionDestination.${member}`), basis: [],
    expected: before[member], actual: after[member],
    message: `${member} changed from ${showValue(before[member])} to ${showValue(after[member])}`,
  }));
}

function arbitrary(ctx: PropertyContext) {
  const options = { ...ctx.parents, sandbox: ctx.sandbox, reservedTags: ctx.harnessTags.length };
  return fc.record({
    create: createDestinationInput(options),
    updates: fc.array(destinationConfiguration(options), { minLength: 1, maxLength: 3 }),
    addressing: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    parents: fc.tuple(identifierOf(ctx.parents.appBundle), identifierOf(ctx.parents.ingestion)),
    // One case in four deletes the destination at the end and updates it once more: that update must be refused.
    afterDelete: fc.option(destinationConfiguration(options), { freq: 3, nil: undefined }),
  }, { noNullPrototype: true });
}

/** Update replaces the destination configuration, keeps what it cannot change, and Get agrees with both. */
export const updateSemantics = harnessProperty(
  "update-semantics",
  "UpdateIngestionDestination keeps arn, ingestionArn, processingConfiguration and createdAt, create, update, get agree with the model, and a deleted destination cannot be updated",
  arbitrary,
  (ctx, { create, updates, addressing, parents: [appBundleIdentifier, ingestionIdentifier], afterDelete }) => runCase(ctx, async (scope) => {
    const created = await scope.create(create, [transition("create")]);
    const ref = createdDestination(created);
    const original = destinationOf(created);
    if (!ref || !original) return;
    for (const [i, destinationConfiguration] of updates.entries()) {
      const ingestionDestinationIdentifier = addressing[i] ? ref.arn : ref.id;
      const input = { appBundleIdentifier, ingestionIdentifier, ingestionDestinationIdentifier, destinationConfiguration };
      const updated = destinationOf(await scope.call(UPDATE, input, [transition("update")]));
      if (updated) ctx.runner.record(keepsImmutable(original, updated, UPDATE));
    }
    const fetched = destinationOf(await scope.call("GetIngestionDestination", {
      appBundleIdentifier, ingestionIdentifier, ingestionDestinationIdentifier: addressing[2] ? ref.id : ref.arn,
    }));
    if (fetched) ctx.runner.record(keepsImmutable(original, fetched, "GetIngestionDestination"));
    if (afterDelete === undefined || !(await scope.delete(ref)).ok) return;
    const stale = { appBundleIdentifier, ingestionIdentifier, ingestionDestinationIdentifier: addressing[0] ? ref.arn : ref.id, destinationConfiguration: afterDelete };
    await scope.call(UPDATE, stale, [transition("update"), provoke("ResourceNotFoundException")]);
  }),
);
