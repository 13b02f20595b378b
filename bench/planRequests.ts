import type { PlanEvent } from "../events/runEvent.ts";
import { EMPTY_STATE } from "../model/index.ts";
import { coveragePlan } from "../properties/coveragePlan.ts";
import { Oracle } from "../properties/Oracle.ts";
import { runSuite } from "../properties/runSuite.ts";
import type { Target } from "../targets/target.ts";
import { contract, LOCAL_ENV } from "./propertyLoop.ts";

/** The requests it takes to cover the whole coverage plan on a correct service, as the plan states them, and its classes. */
export async function planRequests(target: Target, seed: number): Promise<{ readonly classes: number; readonly requests: number }> {
  let plan: PlanEvent | undefined;
  await runSuite({ target, oracle: new Oracle(LOCAL_ENV, EMPTY_STATE), contract, properties: [coveragePlan], seed, numRuns: 1, strict: false,
    sink: { emit: (e) => { if (e.type === "plan") plan = e; }, close: async () => {} }, replayCommand: () => "" });
  if (plan === undefined) throw new Error("the coverage plan stated no plan");
  return { classes: plan.classes.length, requests: plan.requests };
}
