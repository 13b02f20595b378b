/** The coverage plan: every class covered deterministically before anything random, within a stated budget. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadClientModule } from "../../client/loadClientModule.ts";
import type { PlanEvent, PropertyEnd } from "../../events/runEvent.ts";
import { classesFor } from "../../generators/characterClass.ts";
import { withinAwsTagRules } from "../../model/brokenAwsRules.ts";
import { TAGS_BEYOND_AWS_RULES, TAGS_WITHIN_AWS_RULES } from "../../properties/plan/characterValues.ts";
import { coveragePlan } from "../../properties/coveragePlan.ts";
import { charsTag, FREE_MEMBERS, type FreeMember } from "../../properties/coverageTags.ts";
import { DEFAULT_SUITE } from "../../properties/defaultSuite.ts";
import { RunBudget } from "../../properties/RunBudget.ts";
import { summarize } from "../../reports/summarize.ts";
import { emulatorTarget } from "../../targets/emulatorTarget.ts";
import { seededIds } from "../../targets/seededIds.ts";
import { failuresIn } from "./sequences.ts";
import { localEnv, localModelTarget, runAgainst } from "./harness.ts";

const planOf = (events: readonly { type: string }[]) => events.find((e): e is PlanEvent => e.type === "plan");
const casesOf = (events: readonly { type: string; property?: string }[], property: string) => events.filter((e) => e.type === "case" && e.property === property).length;

test("on the embedded emulator, with --max-requests 300, several seeds cover every class of the plan first, with no finding", async () => {
  for (const seed of [1, 2, 3]) {
    const target = await emulatorTarget({ module: await loadClientModule(), env: { ...localEnv, now: () => new Date(), newId: seededIds(seed) } });
    try {
      const run = await runAgainst(target, { properties: DEFAULT_SUITE, seed, numRuns: 100, budget: new RunBudget({ maxRequests: 300 }) });
      assert.equal(failuresIn(run.events), [], `seed ${seed}`);
      const plan = summarize(run.events).plan;
      assert.ok(plan, "the run stated a plan");
      assert.equal(plan?.missed, [], `seed ${seed}: every class hit`);
      assert.is(plan?.hitClasses.length, plan?.total, "the report lists the whole plan, every class hit");
      assert.ok((plan?.total ?? 0) > 100 && (plan?.requests ?? Infinity) <= 250, `${plan?.total} classes in ${plan?.requests} requests`);
      assert.ok(run.events.filter((e) => e.type === "case").length <= 300 + 10, "the budget holds (cleanup aside)");
    } finally {
      await target.close();
    }
  }
});

test("the plan lists every character class of each member without a pattern, and a sandbox reaches them all through the prefix and the tags", async () => {
  const sandbox = { s3Buckets: ["my-bucket"], firehoseStreams: ["my-stream"] };
  const run = await runAgainst(localModelTarget(), { properties: [coveragePlan], seed: 3, sandbox, harnessTags: [{ key: "appfabric-harness:run-id", value: "r" }] });
  const plan = planOf(run.events);
  const expected = (Object.keys(FREE_MEMBERS) as FreeMember[]).flatMap((member) => classesFor(FREE_MEMBERS[member]).map((cls) => charsTag(member, cls)));
  assert.ok(expected.length >= 36, `${expected.length} character classes`);
  const listed = new Set(plan?.classes.map((c) => c.id));
  assert.equal(expected.filter((id) => !listed.has(id)), [], "listed");
  const leftOut = new Set(plan?.leftOut.map((l) => l.id));
  assert.equal(expected.filter((id) => leftOut.has(id)), [], "none out of a sandbox's reach");
  assert.equal(summarize(run.events).plan?.missed.filter((m) => m.id.startsWith("chars:")), [], "all hit");
});

test("the plan's tags within AWS's tagging rules keep to them, so their refusal fails; each of those beyond breaks them", () => {
  for (const tag of TAGS_WITHIN_AWS_RULES) assert.ok(withinAwsTagRules(tag.key) && withinAwsTagRules(tag.value), JSON.stringify(tag));
  for (const tag of TAGS_BEYOND_AWS_RULES) assert.ok(!withinAwsTagRules(tag.key) && !withinAwsTagRules(tag.value), JSON.stringify(tag));
});

test("the plan comes first and the rest of the budget is shared: every random property gets some of it", async () => {
  const run = await runAgainst(localModelTarget(), { properties: DEFAULT_SUITE, seed: 4, numRuns: 100, budget: new RunBudget({ maxRequests: 400 }) });
  const order = run.events.filter((e): e is PropertyEnd => e.type === "property.end").map((e) => e.property);
  assert.is(order[0], coveragePlan.name);
  for (const property of DEFAULT_SUITE.filter((p) => p.name !== coveragePlan.name)) {
    assert.ok(casesOf(run.events, property.name) > 0, `${property.name} got no share`);
  }
  assert.equal(run.notRun, []);
});

test("a budget below the plan's needs is stated up front with what it leaves out, and the plan then keeps to it", async () => {
  const run = await runAgainst(localModelTarget(), { properties: [coveragePlan], seed: 5, budget: new RunBudget({ maxRequests: 60 }) });
  const plan = planOf(run.events);
  assert.ok(plan && plan.budget !== undefined && plan.budget < plan.requests, "the plan says what it needs and what is left");
  assert.ok((plan?.leftOut.length ?? 0) > 0);
  assert.ok(plan?.leftOut.every((l) => l.reason.startsWith("the budget: the plan needs")), JSON.stringify(plan?.leftOut.slice(0, 3)));
  assert.ok(casesOf(run.events, coveragePlan.name) <= (plan?.budget ?? 0), "the episodes it keeps fit what was left");
  const summary = summarize(run.events).plan;
  assert.ok(summary && summary.missed.length >= (plan?.leftOut.length ?? 0));
});

test("the seed orders the episodes, the classes stay the same", async () => {
  const order = async (seed: number) => {
    const run = await runAgainst(localModelTarget(), { properties: [coveragePlan], seed });
    const first = run.events.find((e) => e.type === "case" && e.property === coveragePlan.name && e.operation === "CreateIngestionDestination");
    return { plan: planOf(run.events), first: first?.type === "case" ? first.coverage : undefined };
  };
  const [a, b] = [await order(1), await order(2)];
  assert.equal(a.plan?.classes.map((c) => c.id), b.plan?.classes.map((c) => c.id));
  assert.not.equal(JSON.stringify(a.first), JSON.stringify(b.first), "another seed starts with another episode");
  assert.equal((await order(1)).first, a.first, "the same seed, the same order");
});

test("on a sandbox, what its fixed names and the run's own tag put out of reach is said, not counted as missed work", async () => {
  const sandbox = { s3Buckets: ["my-bucket"], firehoseStreams: ["my-stream"] };
  const target = localModelTarget();
  const run = await runAgainst(target, { properties: [coveragePlan], seed: 2, sandbox, harnessTags: [{ key: "appfabric-harness:run-id", value: "r" }] });
  const reasons = new Map(planOf(run.events)?.leftOut.map((l) => [l.id, l.reason]));
  assert.match(reasons.get("CreateIngestionDestination bound:bucketName:max") ?? "", /sandbox points at its own buckets and streams/);
  assert.match(reasons.get("CreateIngestionDestination tags:0") ?? "", /the run's own tag goes on every create/);
  assert.equal(failuresIn(run.events), []);
});

test.run();
