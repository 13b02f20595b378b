import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { ResourceRef } from "../generators/identifierForm.ts";
import type { Outcome } from "../targets/outcome.ts";
import type { Coverage } from "./caseEvent.ts";
import { createdDestination } from "./createdDestination.ts";
import type { PropertyContext } from "./PropertyContext.ts";

/**
 * One case's calls. Every destination it creates is deleted when the case ends, pass or fail, so the
 * per-ingestion quota and the oracle's baseline hold for the next case.
 */
export class CaseScope {
  readonly #created = new Map<string, ResourceRef>();

  constructor(readonly ctx: PropertyContext) {}

  call(operation: OperationName, input: Readonly<Record<string, unknown>>, coverage: Coverage = []): Promise<Outcome> {
    return this.ctx.runner.call(operation, input, { coverage });
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
  async delete(ref: ResourceRef): Promise<Outcome> {
    return this.#delete(ref, false);
  }

  async #delete(ref: ResourceRef, essential: boolean): Promise<Outcome> {
    const { parents } = this.ctx;
    const outcome = await this.ctx.runner.call("DeleteIngestionDestination",
      { appBundleIdentifier: parents.appBundle.arn, ingestionIdentifier: parents.ingestion.arn, ingestionDestinationIdentifier: ref.arn }, { essential });
    if (outcome.ok) this.#created.delete(ref.arn);
    return outcome;
  }

  /** Deletes what the case created and did not delete itself; never refused by the budget. */
  async cleanup(): Promise<void> {
    for (const ref of [...this.#created.values()]) await this.#delete(ref, true);
  }
}
