import fc from "fast-check";
import type { CoverageClass } from "../events/runEvent.ts";
import { checkProperty } from "./checkProperty.ts";
import type { HarnessProperty } from "./HarnessProperty.ts";
import { measurePlan, type MeasuredEpisode } from "./plan/measurePlan.ts";
import { planClasses } from "./plan/planClasses.ts";
import { planDefects, planEpisodes, type PlanEpisode } from "./plan/planEpisodes.ts";
import { planInputs } from "./plan/planInputs.ts";
import type { PropertyContext } from "./PropertyContext.ts";
import type { CommandSpec } from "./stateful/commandSpec.ts";
import { SpecCommand } from "./stateful/SpecCommand.ts";
import { runSequence } from "./stateful/runSequence.ts";

const NAME = "coverage-plan";

/** The plan for this run: its classes, and its episodes, each tier in the order the seed gives it. */
function buildPlan(ctx: PropertyContext, seed: number): { readonly classes: CoverageClass[]; readonly episodes: PlanEpisode[] } {
  const [tokens] = fc.sample(fc.tuple(fc.uuid({ version: 4 }), fc.uuid({ version: 4 })), { seed, numRuns: 1 });
  const inputs = planInputs({ parents: ctx.parents, sandbox: ctx.sandbox, reservedTags: ctx.harnessTags.length, tokens: tokens ?? [] });
  const episodes = planEpisodes(inputs);
  const shuffled = (tier: number) => {
    const within = episodes.filter((e) => e.tier === tier);
    return fc.sample(fc.shuffledSubarray(within, { minLength: within.length, maxLength: within.length }), { seed, numRuns: 1 })[0] ?? within;
  };
  return { classes: planClasses(planDefects(inputs)), episodes: [...shuffled(1), ...shuffled(2)] };
}

/** Why a class no episode reaches cannot be reached on this target. */
function unreachable(ctx: PropertyContext, coverage: CoverageClass): string {
  if (ctx.sandbox && /^bound:(bucketName|streamName):/.test(coverage.tag ?? "")) return "a sandbox points at its own buckets and streams, whose names are fixed";
  if (coverage.tag === "tags:0" && ctx.harnessTags.length > 0) return "the run's own tag goes on every create it makes";
  return "no step of the plan reaches it on this target";
}

/** The episodes the budget fits, in order; the others are left out, and so are the classes only they hit. */
function fit(ctx: PropertyContext, classes: readonly CoverageClass[], measured: readonly MeasuredEpisode[], budget: number | undefined) {
  let left = budget ?? Infinity;
  const kept: MeasuredEpisode[] = [];
  for (const m of measured) {
    if (m.requests <= left) {
      kept.push(m);
      left -= m.requests;
    }
  }
  const reached = new Set(measured.flatMap((m) => [...m.hits]));
  const covered = new Set(kept.flatMap((m) => [...m.hits]));
  const needs = measured.reduce((sum, m) => sum + m.requests, 0);
  const leftOut = classes.filter((c) => !covered.has(c.id)).map((c) => ({
    id: c.id, reason: reached.has(c.id) ? `the budget: the plan needs ${needs} calls, ${budget ?? 0} were left` : unreachable(ctx, c),
  }));
  return { kept, needs, leftOut };
}

/**
 * The coverage plan: every class of the contract (valid inputs packed into few requests, each defect of each
 * member, every documented error a client can provoke, every lifecycle transition), covered deterministically
 * by a few short episodes in the order the seed gives, before any random case. It is rehearsed against the
 * reference model first, so the run states what it takes, and what a tight budget leaves out, before it starts.
 */
export const coveragePlan: HarnessProperty = {
  name: NAME,
  kind: "planned",
  description: "the coverage plan: every class of the contract, in short deterministic episodes, before any random case",
  check: async (ctx, params) => {
    const { classes, episodes } = buildPlan(ctx, params.seed);
    const measured = await measurePlan(ctx, episodes, classes);
    const budget = ctx.runner.budget.remaining();
    const { kept, needs, leftOut } = fit(ctx, classes, measured, budget);
    ctx.runner.announce({ classes, requests: needs, ...(budget === undefined ? {} : { budget }), leftOut });
    const chosen = kept.map((m) => m.episode);
    // Each episode is already the smallest case of what it covers: nothing to shrink.
    const episode: fc.Arbitrary<PlanEpisode | undefined> = chosen.length === 0 ? fc.constant(undefined) : fc.noShrink(fc.constantFrom(...chosen));
    const property = fc.asyncProperty(episode, (e) => (e === undefined ? Promise.resolve() : runSequence(ctx, e.commands.map((spec) => new SpecCommand(spec)))));
    return checkProperty(property, { ...params, numRuns: chosen.length }, chosen.map((episode) => [episode] as [PlanEpisode | undefined])) as Promise<fc.RunDetails<unknown>>;
  },
  serialize: (counterexample) => (counterexample as [PlanEpisode])[0].commands,
  replay: (ctx, saved) => runSequence(ctx, (saved as CommandSpec[]).map((spec) => new SpecCommand(spec))),
};
