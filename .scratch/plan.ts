import { CoverageLedger } from "../events/CoverageLedger.ts";
import { coveragePlan } from "../properties/coveragePlan.ts";
import { localModelTarget, runAgainst } from "../test/properties/harness.ts";
async function main() {
  const run = await runAgainst(localModelTarget(), { properties: [coveragePlan], seed: Number(process.argv[2] ?? 1) });
  const plan = run.events.find((e) => e.type === "plan");
  if (!plan || plan.type !== "plan") throw new Error("no plan");
  const cases = run.events.filter((e) => e.type === "case") as any[];
  const ledger = new CoverageLedger(); for (const e of cases) ledger.add(e);
  const missed = plan.classes.filter((c) => !ledger.hit(c));
  console.log("classes", plan.classes.length, "requests", plan.requests, "cases", cases.length, "leftOut", plan.leftOut.length);
  for (const c of missed) console.log("MISSED", c.id);
  for (const e of run.events) if (e.type === "finding") console.log(e.severity, e.check, e.message.slice(0, 200));
  const end = run.events.find((e) => e.type === "property.end");
  console.log(JSON.stringify(end).slice(0, 400));
}
void main();
