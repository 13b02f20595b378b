import { checkLabel } from "../checkLabel.ts";
import { coverageTags } from "../coverageTags.ts";
import type { ModelState } from "../../model/index.ts";
import { checkListWalk } from "../checks/checkListWalk.ts";
import { listingExplainedByLag } from "../explainedByLag.ts";
import { bindDestination } from "../placeholderDestination.ts";
import type { CommandSpec } from "./commandSpec.ts";
import type { StatefulWorld } from "./StatefulWorld.ts";

const CREATE = "CreateIngestionDestination" as const;

/**
 * Sends the last tokened create again. Whether it must answer the same destination depends on what happened
 * since (a deleted one frees its token, by assumption): the oracle knows, and the arn comparison decides.
 */
async function retryCreate(world: StatefulWorld): Promise<void> {
  if (world.lastTokened) world.remember(await world.scope.create(world.lastTokened.input, ["retry:same-token"]));
}

/** Creates destinations until the ingestion refuses one: the quota edge (documented: 5 per ingestion). */
async function fillToQuota(world: StatefulWorld, input: Readonly<Record<string, unknown>>): Promise<void> {
  for (let i = 0; i < QUOTA_PROBE_LIMIT; i++) {
    const outcome = await world.scope.create(input, ["quota:fill"]);
    world.remember(outcome);
    if (!outcome.ok) return;
  }
}

/** More creates than any documented quota allows, so the edge is always reached. */
const QUOTA_PROBE_LIMIT = 7;

/** Runs one command of a stateful sequence; the CallRunner checks every call it makes against the oracle. */
export async function runCommandSpec(world: StatefulWorld, spec: CommandSpec): Promise<void> {
  const { scope } = world;
  const { ctx } = scope;
  switch (spec.op) {
    case "create": {
      const input = world.bind(spec.input);
      const created = world.remember(await scope.create(input, coverageTags(input)));
      if (input.clientToken !== undefined && created) world.lastTokened = { input };
      return;
    }
    case "fillToQuota":
      return fillToQuota(world, world.bind(spec.input));
    case "retryCreate":
      return retryCreate(world);
    case "tokenMismatch":
      if (world.lastTokened) world.remember(await scope.create({ ...world.lastTokened.input, destinationConfiguration: spec.destinationConfiguration }, ["retry:token-other-parameters"]));
      return;
    case "createInvalid": {
      const outcome = await scope.create(world.bind(spec.label.input), [`defect:${spec.label.defect.kind}`]);
      world.remember(outcome);
      ctx.runner.record(checkLabel(ctx.contract, CREATE, spec.label, outcome, ctx.strict));
      return;
    }
    case "createUnderMissingIngestion":
      // Create documents no ResourceNotFoundException: how a missing parent is refused is worth a probe of its own.
      world.remember(await scope.create({ ...world.bind(spec.input), ingestionIdentifier: spec.ingestion }, ["create:missing-parent"]));
      return;
    case "update": {
      const input = { ...world.parentIds, ingestionDestinationIdentifier: world.identifier(spec.target), destinationConfiguration: spec.destinationConfiguration };
      await scope.call("UpdateIngestionDestination", input, coverageTags(input));
      return;
    }
    case "updateInvalid": {
      const ref = world.ref(spec.target);
      if (!ref) return;
      const outcome = await scope.call("UpdateIngestionDestination", bindDestination(world.bind(spec.label.input), ref), [`defect:${spec.label.defect.kind}`]);
      ctx.runner.record(checkLabel(ctx.contract, "UpdateIngestionDestination", spec.label, outcome, ctx.strict));
      return;
    }
    case "get":
      await scope.call("GetIngestionDestination", { ...world.parentIds, ingestionDestinationIdentifier: world.identifier(spec.target) });
      return;
    case "list":
      return listAll(world, spec.maxResults);
    case "delete":
      await scope.call("DeleteIngestionDestination", { ...world.parentIds, ingestionDestinationIdentifier: world.identifier(spec.target) });
      return;
    case "tag":
      return retag(world, "TagResource", { resourceArn: world.ref(spec.target)?.arn ?? world.identifier(spec.target), tags: spec.tags });
    case "untag": {
      const resourceArn = world.ref(spec.target)?.arn ?? world.identifier(spec.target);
      // The run's own tag stays: cleanup finds what a killed run left by it.
      const own = new Set(ctx.harnessTags.map((t) => t.key));
      const carried = ctx.runner.oracle.state.destinations.find((d) => d.arn === resourceArn)?.tags.map((t) => t.key).filter((key) => !own.has(key)) ?? [];
      return retag(world, "UntagResource", { resourceArn, tagKeys: [...new Set([...spec.tagKeys, ...carried.slice(0, spec.known ?? 0)])] });
    }
    case "listTags":
      await scope.call("ListTagsForResource", { resourceArn: world.ref(spec.target)?.arn ?? world.identifier(spec.target) });
      return;
  }
}

/** A tag change, then the tags it leaves: AWS's tagging semantics are held as a set after every change the service acknowledged. */
async function retag(world: StatefulWorld, operation: "TagResource" | "UntagResource", input: Readonly<Record<string, unknown>>): Promise<void> {
  if ((await world.scope.call(operation, input)).ok) await world.scope.call("ListTagsForResource", { resourceArn: input.resourceArn });
}

/**
 * Every page of ListIngestionDestinations: each page is held to the oracle's page, and the whole walk to the
 * destinations the oracle knows under the ingestion; a walk whose differences recent writes not yet visible
 * explain is walked again until the consistency window ends.
 */
async function listAll(world: StatefulWorld, maxResults: number | undefined): Promise<void> {
  const { runner, parents, strict } = world.scope.ctx;
  const walkOnce = async () => {
    const expected = runner.oracle.state.destinations.filter((d) => d.ingestionArn === parents.ingestion.arn).map((d) => d.arn);
    const listed = await walk(world, maxResults);
    return { expected, listed, findings: listed === undefined ? [] : checkListWalk("ListIngestionDestinations", listed, expected, strict) };
  };
  const lagging = (recent: readonly ModelState[], w: Awaited<ReturnType<typeof walkOnce>>) =>
    w.listed !== undefined && w.findings.some((f) => f.severity === "failure") && listingExplainedByLag(w.listed, w.expected, recent);
  const first = await walkOnce();
  const last = await runner.untilVisible("ListIngestionDestinations", first, (recent) => lagging(recent, first), async (recent) => {
    const again = await walkOnce();
    return { value: again, lagging: lagging(recent, again) };
  });
  runner.record(last.findings);
}

/** The destinations every page lists, in order; undefined when a page failed. */
async function walk(world: StatefulWorld, maxResults: number | undefined): Promise<string[] | undefined> {
  const listed: string[] = [];
  let nextToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const outcome = await world.scope.call("ListIngestionDestinations", {
      ...world.parentIds, ...(maxResults === undefined ? {} : { maxResults }), ...(nextToken === undefined ? {} : { nextToken }),
    }, [`list:maxResults:${maxResults ?? "default"}`]);
    if (!outcome.ok) return undefined;
    listed.push(...(outcome.output.ingestionDestinations as { arn: string }[]).map((d) => d.arn));
    nextToken = typeof outcome.output.nextToken === "string" ? outcome.output.nextToken : undefined;
    if (nextToken === undefined) break;
  }
  return listed;
}

/** Pages a List may take before the sequence stops following nextToken (a loop is the oracle's to catch). */
const MAX_PAGES = 20;
