/** The coverage plan in the reports: classes hit out of all, what the budget left out, and why each class missed. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { RunEvent } from "../../events/runEvent.ts";
import { ansiColors } from "../../reports/ansiColors.ts";
import { planLine, planMissedLines, verdictLine } from "../../reports/consoleFormat.ts";
import { htmlReport } from "../../reports/htmlReport.ts";
import { markdownSummary } from "../../reports/markdownSummary.ts";
import { summarize } from "../../reports/summarize.ts";

const at = "2026-01-01T00:00:00.000Z";
const CREATE = "CreateIngestionDestination";
const kase = (operation: string, coverage: string[], result = "ok"): RunEvent =>
  ({ type: "case", property: "coverage-plan", operation, coverage, result, durationMs: 1, attempts: 1, transient: [] });
const plan: RunEvent = {
  type: "plan", at, requests: 170, budget: 120,
  classes: [
    { id: `${CREATE} bound:bucketName:max`, description: "max", operation: CREATE, tag: "bound:bucketName:max", valid: true },
    { id: `${CREATE} defect:unknownMember:x`, description: "unknown", operation: CREATE, tag: "defect:unknownMember:x" },
    { id: `${CREATE} ConflictException`, description: "conflict", operation: CREATE, result: "ConflictException" },
    { id: `${CREATE} tags:50`, description: "fifty", operation: CREATE, tag: "tags:50", valid: true },
    { id: "transition:quota-edge", description: "quota", tag: "transition:quota-edge" },
  ],
  leftOut: [{ id: "transition:quota-edge", reason: "the budget: the plan needs 170 calls, 120 were left" }],
};
const events: RunEvent[] = [
  { type: "run.start", runId: "r", at, seed: 1, target: "emulator", strict: false, runs: 10, command: "c" },
  plan,
  kase(CREATE, ["bound:bucketName:max", "tags:1"]),
  kase(CREATE, ["unsent:defect:unknownMember:x"]),
  kase(CREATE, ["provoke:ConflictException"], "ok"),
  // A planted defect beside the tag does not count for a class of valid input.
  kase(CREATE, ["tags:50", "defect:tooLong:prefix"], "ValidationException"),
  { type: "run.end", at, verdict: "passed", exitCode: 0, durationMs: 5, failures: 0, observations: 0 },
];

test("the summary counts the classes hit and says why each other one missed", () => {
  const summary = summarize(events).plan;
  assert.is(summary?.total, 5);
  assert.is(summary?.hit, 1);
  const why = new Map(summary?.missed.map((m) => [m.id, m.why]));
  assert.match(why.get(`${CREATE} defect:unknownMember:x`) ?? "", /the client did not send it/);
  assert.match(why.get(`${CREATE} ConflictException`) ?? "", /provoked, but the service answered otherwise/);
  assert.match(why.get(`${CREATE} tags:50`) ?? "", /not reached/);
  assert.match(why.get("transition:quota-edge") ?? "", /the budget: the plan needs 170 calls, 120 were left/);
});

test("the console states the plan up front, what the budget leaves out, and after the run the classes not hit", () => {
  const plain = ansiColors(false);
  const [head, leftOut] = planLine(plan as Extract<RunEvent, { type: "plan" }>, plain);
  assert.is(head, "plan: 5 classes of the contract in 170 calls, 120 left by the budget");
  assert.match(leftOut ?? "", /leaves out 1 class \(the budget: the plan needs 170 calls, 120 were left\): transition:quota-edge/);
  const summary = summarize(events);
  assert.match(verdictLine(summary, plain), /plan 1\/5 classes/);
  assert.is(planMissedLines(summary.plan as NonNullable<typeof summary.plan>, false, plain).length, 4);
});

test("Markdown and HTML show the plan's coverage and every class missed with why", () => {
  const summary = summarize(events);
  const md = markdownSummary(summary);
  assert.match(md, /### Coverage plan\n\n1 of 5 classes hit; the whole plan takes 170 requests \(120 were left for it\)\./);
  assert.match(md, /\| CreateIngestionDestination defect:unknownMember:x \| the client did not send it \|/);
  assert.match(md, /<details><summary>1 class hit<\/summary>\n\n- CreateIngestionDestination bound:bucketName:max\n/);
  const html = htmlReport(summary, [], "");
  assert.match(html, /id="plan"/);
  // The classes missed are in the open, each with why; the one hit is folded under its count.
  const missed = /<table id="plan-classes-missed">.*?<\/table>/s.exec(html)?.[0] ?? "";
  assert.match(missed, /CreateIngestionDestination tags:50<\/td><td>not reached/);
  assert.is(missed.match(/<tr><td>/g)?.length, 4);
  assert.match(html, /<details class="hit"><summary>1 of 5 classes hit<\/summary><table id="plan-classes">.*?CreateIngestionDestination bound:bucketName:max<\/td><td>max<\/td>.*?<\/table><\/details>/s);
});

test.run();
