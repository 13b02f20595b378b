import fc from "fast-check";
import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { ResourceRef } from "../generators/identifierForm.ts";
import type { Outcome } from "../targets/outcome.ts";
import { Inconclusive, type Coverage } from "./CallRunner.ts";
import { CaseFailure, type Finding } from "./finding.ts";
import { BudgetExhausted } from "./RunBudget.ts";
import { reportedOutput } from "./reportedOutput.ts";
import type { PropertyContext } from "./PropertyContext.ts";
import { idOfArn } from "../model/index.ts";

/** The destination a Create answered with success, as both identifier forms (from the raw body when the client could not read it). */
export function createdDestination(outcome: Outcome): ResourceRef | undefined {
  const arn = (reportedOutput(outcome)?.ingestionDestination as { arn?: unknown } | undefined)?.arn;
  return typeof arn === "string" ? { arn, id: idOfArn(arn) } : undefined;
}

/**
 * One case's calls. Every destination it creates is deleted when the case ends, pass or fail, so the
 * per-ingestion quota and the oracle's baseline hold for the next case.
 */
export class CaseScope {
  readonly #created = new Map<string, ResourceRef>();

  constructor(readonly ctx: PropertyContext) {}

  call(operation: OperationName, input: Readonly<Record<string, unknown>>, coverage: Coverage = []): Promise<Outcome> {
    return this.ctx.runner.call(operation, input, coverage);
  }

  /** Remembers a destination some call created, so the case deletes it at its end. */
  adopt(outcome: Outcome): ResourceRef | undefined {
    const ref = createdDestination(outcome);
    if (ref) this.#created.set(ref.arn, ref);
    return ref;
  }

  /** CreateIngestionDestination with the harness's own tags added, remembering what it created. */
  async create(input: Readonly<Record<string, unknown>>, coverage: Coverage = []): Promise<Outcome> {
    const outcome = await this.call("CreateIngestionDestination", this.#withHarnessTags(input), coverage);
    this.adopt(outcome);
    return outcome;
  }

  /** The run's own tags join the input's; an input whose tags are not a list (a planted defect) stays as it is. */
  #withHarnessTags(input: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
    if (this.ctx.harnessTags.length === 0 || (input.tags !== undefined && !Array.isArray(input.tags))) return input;
    return { ...input, tags: [...((input.tags as unknown[] | undefined) ?? []), ...this.ctx.harnessTags] };
  }

  /** DeleteIngestionDestination; a deleted destination needs no cleanup. */
  async delete(ref: ResourceRef, essential = false): Promise<Outcome> {
    const outcome = await this.ctx.runner.call("DeleteIngestionDestination",
      { ...this.#parentIds(), ingestionDestinationIdentifier: ref.arn }, [], essential);
    if (outcome.ok) this.#created.delete(ref.arn);
    return outcome;
  }

  #parentIds(): { appBundleIdentifier: string; ingestionIdentifier: string } {
    return { appBundleIdentifier: this.ctx.parents.appBundle.arn, ingestionIdentifier: this.ctx.parents.ingestion.arn };
  }

  async cleanup(): Promise<void> {
    for (const ref of [...this.#created.values()]) await this.delete(ref, true);
  }
}

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
 * passed silently. Cleanup calls are checked too, but only reported when the case had not already failed.
 */
export async function runCase(ctx: PropertyContext, body: (scope: CaseScope) => Promise<void>): Promise<void> {
  // fast-check draws cases until the property is interrupted; those after the budget ran out never start.
  fc.pre(!ctx.runner.budgetSpent);
  const scope = new CaseScope(ctx);
  let stopped: ReturnType<typeof interruption> | undefined;
  try {
    await body(scope);
  } catch (error) {
    stopped = interruption(error);
  }
  // The body's findings are set aside first: a failed case must still clean up, and cleanup must not blur
  // the counterexample with findings of its own.
  const isFailure = (f: Finding) => f.severity === "failure";
  const fromBody = ctx.runner.takeFindings().filter(isFailure);
  try {
    await scope.cleanup();
  } catch (error) {
    stopped ??= interruption(error);
  }
  const fromCleanup = ctx.runner.takeFindings().filter(isFailure);
  const failures = fromBody.length > 0 ? fromBody : fromCleanup;
  if (failures.length > 0) throw new CaseFailure(failures);
  if (stopped?.ended === "inconclusive") {
    ctx.runner.inconclusive(stopped.reason);
    fc.pre(false);
  }
}
