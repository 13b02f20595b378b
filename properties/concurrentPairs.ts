import fc from "fast-check";
import type { OperationName } from "../contracts/operationCatalogue.ts";
import { createDestinationInput, type CreateDestinationInput } from "../generators/createDestinationInput.ts";
import { destinationConfiguration } from "../generators/destinationConfiguration.ts";
import type { ResourceRef } from "../generators/identifierForm.ts";
import type { CaseScope } from "./CaseScope.ts";
import { createdDestination } from "./createdDestination.ts";
import type { Sent } from "./judging/judge.ts";
import { runCase } from "./runCase.ts";
import { harnessProperty } from "./HarnessProperty.ts";
import type { PropertyContext } from "./PropertyContext.ts";

/** The races worth having: the same create twice, and each mutation racing another on one destination. */
const RACES = ["sameTokenCreates", "updateVsDelete", "getVsUpdate", "deleteVsDelete", "createVsCreate"] as const;
type Race = (typeof RACES)[number];

interface Call { readonly operation: OperationName; readonly input: Readonly<Record<string, unknown>> }

/**
 * The order fast-check's scheduler releases the two calls in, drawn as data so that it prints, saves and replays
 * by path unchanged. A drawn fc.scheduler() does not replay: each copy fast-check makes of it while shrinking
 * continues the random order of the copy before, so a replayed path released the calls in another order.
 */
const RELEASE_ORDERS: readonly (readonly number[])[] = [[1, 2], [2, 1]];

function arbitrary(ctx: PropertyContext) {
  const options = { ...ctx.parents, sandbox: ctx.sandbox, reservedTags: ctx.harnessTags.length };
  return fc.record({
    race: fc.constantFrom(...RACES),
    first: createDestinationInput(options),
    second: createDestinationInput(options),
    config: destinationConfiguration(options),
    token: fc.uuid({ version: 4 }),
    releaseOrder: fc.constantFrom(...RELEASE_ORDERS),
  }, { noNullPrototype: true });
}

function calls(race: Race, base: ResourceRef | undefined, v: { first: CreateDestinationInput; second: CreateDestinationInput; config: unknown; token: string }, parents: PropertyContext["parents"]): Call[] {
  const ids = { appBundleIdentifier: parents.appBundle.arn, ingestionIdentifier: parents.ingestion.arn };
  const on = base ? { ...ids, ingestionDestinationIdentifier: base.arn } : ids;
  const update: Call = { operation: "UpdateIngestionDestination", input: { ...on, destinationConfiguration: v.config } };
  const del: Call = { operation: "DeleteIngestionDestination", input: on };
  switch (race) {
    case "sameTokenCreates": {
      const create: Call = { operation: "CreateIngestionDestination", input: { ...v.first, clientToken: v.token } };
      return [create, create];
    }
    case "createVsCreate":
      return [{ operation: "CreateIngestionDestination", input: v.first }, { operation: "CreateIngestionDestination", input: v.second }];
    case "updateVsDelete":
      return [update, del];
    case "getVsUpdate":
      return [{ operation: "GetIngestionDestination", input: on }, update];
    case "deleteVsDelete":
      return [del, del];
  }
}

/** Issues the calls in the order the scheduler picks, all in flight together, and judges them as a whole. */
async function race(scope: CaseScope, scheduler: fc.Scheduler, list: readonly Call[]): Promise<void> {
  const { runner } = scope.ctx;
  runner.failFast();
  const pending = list.map((call) => scheduler.schedule(Promise.resolve(call)).then((c) => runner.send(c.operation, c.input)));
  await scheduler.waitAll();
  const settled = await Promise.allSettled(pending);
  // Whatever one call created is cleaned up even when the other was refused or failed.
  for (const s of settled) if (s.status === "fulfilled") scope.adopt(s.value.outcome);
  const refused = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (refused) {
    // The case proves nothing, but the oracle must still learn what got through, or cleanup diverges from it.
    runner.learnFrom(settled.flatMap((s, i) => (s.status === "fulfilled" && list[i] ? [{ ...list[i], sent: s.value }] : [])));
    throw refused.reason;
  }
  const sent = settled.map((s) => (s as PromiseFulfilledResult<Sent>).value);
  runner.judgeTogether(list.map((call, i) => ({ ...call, sent: sent[i] as Sent })));
}

/**
 * Concurrent calls, interleaved by fast-check's scheduler, must end in a state some serial order explains:
 * two creates with one clientToken make one destination; an update racing a delete, a get racing an update,
 * two deletes, two creates each end as one order of them would.
 */
export const concurrentPairs = harnessProperty(
  "concurrent-pairs",
  "pairs of concurrent calls (same-token creates, update vs delete, get vs update, delete vs delete) are explained by some serial order",
  arbitrary,
  (ctx, v) => runCase(ctx, async (scope) => {
    const needsBase = v.race !== "sameTokenCreates" && v.race !== "createVsCreate";
    const base = needsBase ? createdDestination(await scope.create(v.second)) : undefined;
    if (needsBase && !base) return;
    // The race judges its calls as a whole, with no room for lag: on a service that shows writes late, the base is read until it is visible.
    if (base && ctx.runner.windowMs > 0) {
      await scope.call("GetIngestionDestination", { appBundleIdentifier: ctx.parents.appBundle.arn, ingestionIdentifier: ctx.parents.ingestion.arn, ingestionDestinationIdentifier: base.arn });
    }
    await race(scope, fc.schedulerFor([...v.releaseOrder]), calls(v.race, base, v, ctx.parents));
  }),
);
