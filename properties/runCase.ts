import fc from "fast-check";
import { CaseScope } from "./CaseScope.ts";
import { CaseFailure } from "./finding.ts";
import type { PropertyContext } from "./PropertyContext.ts";
import { BudgetExhausted } from "./RunBudget.ts";
import { Inconclusive } from "./sendWithRounds.ts";

/** What ended a case's body early, if anything: a failure (the case is done), or a dead end (persistent
 *  throttling, a spent budget) that makes the case prove nothing. */
function interruption(error: unknown): { readonly ended: "failure" } | { readonly ended: "inconclusive"; readonly reason: string } {
  if (error instanceof CaseFailure) return { ended: "failure" };
  if (error instanceof Inconclusive || error instanceof BudgetExhausted) return { ended: "inconclusive", reason: error.message };
  throw error;
}

/**
 * Runs one case: the body, then cleanup, then the verdict. The body stops at the first failure-grade finding,
 * so a counterexample ends where it fails; failures throw so fast-check shrinks. A case that proves nothing
 * (persistent throttling, a spent budget) is reported as inconclusive and discarded, never failed and never
 * passed silently. Cleanup calls are judged too, but their failures count only when the body had none.
 */
export async function runCase(ctx: PropertyContext, body: (scope: CaseScope) => Promise<void>): Promise<void> {
  // fast-check draws cases until the property is interrupted; those after the budget ran out never start.
  fc.pre(ctx.runner.budget.exhausted === undefined);
  const scope = new CaseScope(ctx);
  ctx.runner.openCase(ctx.parents);
  let stopped: ReturnType<typeof interruption> | undefined;
  let failures;
  try {
    try {
      await body(scope);
    } catch (error) {
      stopped = interruption(error);
    }
    // The body's failures are set aside first: a failed case must still clean up, and cleanup must not blur
    // the counterexample with failures of its own.
    const fromBody = ctx.runner.takeFailures();
    try {
      await scope.cleanup();
    } catch (error) {
      stopped ??= interruption(error);
    }
    const fromCleanup = ctx.runner.takeFailures();
    failures = fromBody.length > 0 ? fromBody : fromCleanup;
  } finally {
    ctx.runner.closeCase();
  }
  if (failures.length > 0) throw new CaseFailure(failures);
  if (stopped?.ended === "inconclusive") {
    ctx.runner.inconclusive(stopped.reason);
    fc.pre(false);
  }
}
