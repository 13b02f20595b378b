import { QUOTAS } from "../../model/index.ts";
import { checkLabel, defectCoverage } from "../checkLabel.ts";
import { provoke, transition } from "../coverageTags.ts";
import type { ModelState } from "../../model/index.ts";
import { checkListWalk } from "../checks/checkListWalk.ts";
import { listingExplainedByLag } from "../judging/explainedByLag.ts";
import { bindDestination } from "../placeholderDestination.ts";
import type { CommandSpec, ProbedOperation, Selector } from "./commandSpec.ts";
import type { StatefulWorld } from "./StatefulWorld.ts";

const CREATE = "CreateIngestionDestination" as const;
const NOT_FOUND = "ResourceNotFoundException";

/**
 * Sends the last tokened create again. Whether it must answer the same destination depends on what happened
 * since (a deleted one frees its token, by assumption): the oracle knows, and the arn comparison decides.
 */
async function retryCreate(world: StatefulWorld): Promise<void> {
  if (world.lastTokened) world.remember(await world.scope.create(world.lastTokened.input, [transition("retry-same-token")]));
}

/** Creates destinations until the ingestion refuses one: the quota edge (documented: 5 per ingestion). */
async function fillToQuota(world: StatefulWorld, input: Readonly<Record<string, unknown>>): Promise<void> {
  for (let i = 0; i < QUOTA_PROBE_LIMIT; i++) {
    const full = world.destinationsHere() >= QUOTAS.destinationsPerIngestion.limit;
    const outcome = await world.scope.create(input, full ? [transition("quota-edge"), provoke("ServiceQuotaExceededException")] : [transition("create")]);
    world.remember(outcome);
    if (!outcome.ok) return;
  }
}

/** More creates than any documented quota allows, so the edge is always reached. */
const QUOTA_PROBE_LIMIT = 7;

type Config = { readonly auditLog?: { readonly destination?: { readonly s3Bucket?: { readonly prefix?: string } } & Record<string, unknown> } };

/** What an update changes about a destination's configuration, as transitions; it provokes a not-found when the oracle holds none. */
function updateCoverage(before: unknown, after: unknown): string[] {
  if (before === undefined) return [transition("update"), provoke(NOT_FOUND)];
  const was = (before as Config).auditLog?.destination ?? {}, will = (after as Config).auditLog?.destination ?? {};
  const tags = [transition("update")];
  if (Object.keys(was)[0] !== Object.keys(will)[0]) tags.push(transition("update-switch-branch"));
  else if (was.s3Bucket && will.s3Bucket && (was.s3Bucket.prefix === undefined) !== (will.s3Bucket.prefix === undefined)) {
    tags.push(transition(will.s3Bucket.prefix === undefined ? "update-remove-prefix" : "update-add-prefix"));
  }
  return tags;
}

/** Runs one command of a stateful sequence; the CallRunner checks every call it makes against the oracle. */
export async function runCommandSpec(world: StatefulWorld, spec: CommandSpec): Promise<void> {
  const { scope } = world;
  const { ctx } = scope;
  switch (spec.op) {
    case "create": {
      const input = world.bind(spec.input);
      const created = world.remember(await scope.create(input, [transition("create")]));
      if (input.clientToken !== undefined && created) world.lastTokened = { input };
      return;
    }
    case "fillToQuota":
      return fillToQuota(world, world.bind(spec.input));
    case "retryCreate":
      return retryCreate(world);
    case "tokenMismatch":
      if (world.lastTokened) {
        world.remember(await scope.create({ ...world.lastTokened.input, destinationConfiguration: spec.destinationConfiguration },
          [transition("token-other-parameters"), provoke("ConflictException")]));
      }
      return;
    case "createInvalid": {
      const outcome = await scope.create(world.bind(spec.label.input), defectCoverage(ctx.contract, CREATE, spec.label));
      world.remember(outcome);
      ctx.runner.record(checkLabel(ctx.contract, CREATE, spec.label, outcome));
      return;
    }
    case "createUnderMissingIngestion":
      // Create documents no ResourceNotFoundException: how a missing parent is refused is worth a probe of its own.
      world.remember(await scope.create({ ...world.bind(spec.input), ingestionIdentifier: spec.ingestion }, [transition("missing-parent")]));
      return;
    case "update": {
      const ingestionDestinationIdentifier = world.identifier(spec.target);
      const before = world.held(ingestionDestinationIdentifier)?.destinationConfiguration;
      const parents = spec.parentsByUuid ? world.parentUuids : world.parentIds;
      await scope.call("UpdateIngestionDestination", { ...parents, ingestionDestinationIdentifier, destinationConfiguration: spec.destinationConfiguration },
        updateCoverage(before, spec.destinationConfiguration));
      return;
    }
    case "updateInvalid": {
      const ref = world.ref(spec.target);
      if (!ref) return;
      const outcome = await scope.call("UpdateIngestionDestination", bindDestination(world.bind(spec.label.input), ref),
        defectCoverage(ctx.contract, "UpdateIngestionDestination", spec.label));
      ctx.runner.record(checkLabel(ctx.contract, "UpdateIngestionDestination", spec.label, outcome));
      return;
    }
    case "get": {
      const ingestionDestinationIdentifier = world.identifier(spec.target);
      await scope.call("GetIngestionDestination", { ...world.parentIds, ingestionDestinationIdentifier }, world.held(ingestionDestinationIdentifier) ? [transition("get")] : [provoke(NOT_FOUND)]);
      return;
    }
    case "list":
      return listAll(world, spec.maxResults);
    case "delete": {
      const ingestionDestinationIdentifier = world.identifier(spec.target);
      const gone = world.held(ingestionDestinationIdentifier) === undefined;
      // A destination the sequence created and deleted already: deleting it again must be refused.
      const again = gone && world.ref(spec.target) !== undefined;
      await scope.call("DeleteIngestionDestination", { ...world.parentIds, ingestionDestinationIdentifier },
        gone ? [...(again ? [transition("delete-again")] : []), provoke(NOT_FOUND)] : [transition("delete")]);
      return;
    }
    case "tag":
      return retag(world, "TagResource", { resourceArn: world.ref(spec.target)?.arn ?? world.identifier(spec.target), tags: spec.tags });
    case "untag": {
      const resourceArn = world.ref(spec.target)?.arn ?? world.identifier(spec.target);
      // The run's own tag stays: cleanup finds what a killed run left by it.
      const own = new Set(ctx.harnessTags.map((t) => t.key));
      const carried = world.held(resourceArn)?.tags.map((t) => t.key).filter((key) => !own.has(key)) ?? [];
      return retag(world, "UntagResource", { resourceArn, tagKeys: [...new Set([...spec.tagKeys, ...carried.slice(0, spec.known ?? 0)])] });
    }
    case "listTags": {
      const resourceArn = world.ref(spec.target)?.arn ?? world.identifier(spec.target);
      await scope.call("ListTagsForResource", { resourceArn }, world.held(resourceArn) ? [] : [provoke(NOT_FOUND)]);
      return;
    }
    case "listMissing":
      await scope.call("ListIngestionDestinations", { appBundleIdentifier: world.parentIds.appBundleIdentifier, ingestionIdentifier: spec.ingestion }, [provoke(NOT_FOUND)]);
      return;
    case "invalid":
      await scope.call(spec.operation, { ...probeInput(world, spec.operation, spec.target), ...spec.change }, [provoke("ValidationException")]);
      return;
  }
}

/** A valid input of an operation a stateful sequence probes, addressing the destination a selector names. */
function probeInput(world: StatefulWorld, operation: ProbedOperation, target: Selector): Readonly<Record<string, unknown>> {
  const resourceArn = world.ref(target)?.arn ?? world.identifier(target);
  switch (operation) {
    case "ListIngestionDestinations":
      return world.parentIds;
    case "TagResource":
      return { resourceArn, tags: [{ key: "k0", value: "v" }] };
    case "UntagResource":
      return { resourceArn, tagKeys: ["k0"] };
    case "ListTagsForResource":
      return { resourceArn };
    default:
      return { ...world.parentIds, ingestionDestinationIdentifier: world.identifier(target) };
  }
}

/** A tag change, then the tags it leaves: AWS's tagging semantics are held as a set after every change the service acknowledged. */
async function retag(world: StatefulWorld, operation: "TagResource" | "UntagResource", input: Readonly<Record<string, unknown>>): Promise<void> {
  const held = world.held(String(input.resourceArn)) !== undefined;
  const tags = held ? [transition(operation === "TagResource" ? "tag" : "untag")] : [provoke(NOT_FOUND)];
  if ((await world.scope.call(operation, input, tags)).ok) await world.scope.call("ListTagsForResource", { resourceArn: input.resourceArn });
}

/**
 * Every page of ListIngestionDestinations: each page is held to the oracle's page, and the whole walk to the
 * destinations the oracle knows under the ingestion; a walk whose differences recent writes not yet visible
 * explain is walked again until the consistency window ends.
 */
async function listAll(world: StatefulWorld, maxResults: number | undefined): Promise<void> {
  const { runner, parents } = world.scope.ctx;
  const walkOnce = async () => {
    const expected = runner.model.destinations.filter((d) => d.ingestionArn === parents.ingestion.arn).map((d) => d.arn);
    const listed = await walk(world, maxResults);
    return { expected, listed, divergences: listed === undefined ? [] : checkListWalk("ListIngestionDestinations", listed, expected) };
  };
  // The walk's divergences rest on documented rules only: any of them is a failure lag may excuse.
  const lagging = (recent: readonly ModelState[], w: Awaited<ReturnType<typeof walkOnce>>) =>
    w.listed !== undefined && w.divergences.length > 0 && listingExplainedByLag(w.listed, w.expected, recent);
  const first = await walkOnce();
  const last = await runner.untilVisible("ListIngestionDestinations", first, (recent) => lagging(recent, first), async (recent) => {
    const again = await walkOnce();
    return { value: again, lagging: lagging(recent, again) };
  });
  runner.record(last.divergences);
}

/** The destinations every page lists, in order; undefined when a page failed. */
async function walk(world: StatefulWorld, maxResults: number | undefined): Promise<string[] | undefined> {
  const listed: string[] = [];
  let nextToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const outcome = await world.scope.call("ListIngestionDestinations", {
      ...world.parentIds, ...(maxResults === undefined ? {} : { maxResults }), ...(nextToken === undefined ? {} : { nextToken }),
    }, page > 0 ? [transition("list-walk")] : []);
    if (!outcome.ok) return undefined;
    listed.push(...(outcome.output.ingestionDestinations as { arn: string }[]).map((d) => d.arn));
    nextToken = typeof outcome.output.nextToken === "string" ? outcome.output.nextToken : undefined;
    if (nextToken === undefined) break;
  }
  return listed;
}

/** Pages a List may take before the sequence stops following nextToken (a loop is the oracle's to catch). */
const MAX_PAGES = 20;
