import type { ResourceRef } from "../../generators/identifierForm.ts";
import { NEVER_CREATED_ID } from "../neverCreatedId.ts";
import type { DestinationRecord } from "../../model/index.ts";
import { rebindParents } from "../rebindParents.ts";
import type { CaseScope } from "../CaseScope.ts";
import { createdDestination } from "../createdDestination.ts";
import type { Parents } from "../PropertyContext.ts";
import type { CommandSpec, Selector } from "./commandSpec.ts";

/** The last create with a clientToken, so a command can retry it or reuse its token with other parameters. */
export interface TokenedCreate {
  readonly input: Readonly<Record<string, unknown>>;
}

/**
 * What a stateful sequence knows as it runs: every destination it created (deleted ones too, so commands can
 * address them again), and its last tokened create. The target's real state is the oracle's business.
 */
export class StatefulWorld {
  readonly known: ResourceRef[] = [];
  lastTokened: TokenedCreate | undefined;

  /**
   * `generated`: the parents the sequence's inputs were generated against (the scope's may be fresher); `ran`:
   * where the commands record themselves as they run, so a failure knows the sequence that led to it.
   */
  constructor(readonly scope: CaseScope, readonly generated: Parents, readonly ran: CommandSpec[] = []) {}

  /** An input generated against the run's parents, bound to the parents this sequence runs under. */
  bind(input: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
    return rebindParents(input, this.generated, this.scope.ctx.parents);
  }

  get parentIds(): { appBundleIdentifier: string; ingestionIdentifier: string } {
    const { parents } = this.scope.ctx;
    return { appBundleIdentifier: parents.appBundle.arn, ingestionIdentifier: parents.ingestion.arn };
  }

  get parentUuids(): { appBundleIdentifier: string; ingestionIdentifier: string } {
    const { parents } = this.scope.ctx;
    return { appBundleIdentifier: parents.appBundle.id, ingestionIdentifier: parents.ingestion.id };
  }

  /** The identifier a selector names: a known destination by ARN or UUID, or one that never existed. */
  identifier(selector: Selector): string {
    if ("never" in selector || this.known.length === 0) return "never" in selector ? selector.never : NEVER_CREATED_ID;
    const ref = this.known[selector.pick % this.known.length] as ResourceRef;
    return selector.form === "arn" ? ref.arn : ref.id;
  }

  /** The destination a selector names, when it names one the sequence created. */
  ref(selector: Selector): ResourceRef | undefined {
    if ("never" in selector || this.known.length === 0) return undefined;
    return this.known[selector.pick % this.known.length];
  }

  /** The destination an identifier (ARN or UUID) names in the oracle, under this sequence's ingestion; undefined when it holds none. */
  held(identifier: string): DestinationRecord | undefined {
    const { parents, runner } = this.scope.ctx;
    return runner.model.destinations.find((d) => d.ingestionArn === parents.ingestion.arn && (d.arn === identifier || d.id === identifier));
  }

  /** The destinations the oracle holds under this sequence's ingestion. */
  destinationsHere(): number {
    const { parents, runner } = this.scope.ctx;
    return runner.model.destinations.filter((d) => d.ingestionArn === parents.ingestion.arn).length;
  }

  remember(outcome: Parameters<typeof createdDestination>[0]): ResourceRef | undefined {
    const ref = createdDestination(outcome);
    if (ref && !this.known.some((k) => k.arn === ref.arn)) this.known.push(ref);
    return ref;
  }
}

