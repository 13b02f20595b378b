import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { ModelOutcome } from "../model/index.ts";
import type { Outcome } from "../targets/outcome.ts";
import { checkTagsAsCreated } from "./checks/checkTagsAsCreated.ts";
import type { Finding } from "./finding.ts";

const CREATES = new Set<OperationName>(["CreateAppBundle", "CreateIngestion", "CreateIngestionDestination"]);

/** Resources remembered at most: older ones are forgotten (and then simply not checked), so long runs stay flat. */
const CAPACITY = 1024;

/** The ARN of the resource a Create answer carries (`appBundle`, `ingestion`, `ingestionDestination`). */
function createdArn(output: Readonly<Record<string, unknown>>): string | undefined {
  const arns = Object.values(output).map((value) => (value as { arn?: unknown } | null)?.arn);
  return arns.find((arn): arn is string => typeof arn === "string");
}

/**
 * Which resources still carry exactly the tags they were created with (documented), as opposed to tags that
 * TagResource or UntagResource changed since (merge and removal semantics are assumed). Only the former are
 * held to a set comparison that fails the run.
 */
export class TagLedger {
  /** ARN -> whether its tags are still as created; insertion order is age. */
  readonly #asCreated = new Map<string, boolean>();

  /** The tag findings one call shows, after which the ledger learns from it. */
  check(operation: OperationName, sent: Readonly<Record<string, unknown>>, outcome: Outcome, prediction: ModelOutcome): Finding[] {
    const arn = typeof sent.resourceArn === "string" ? sent.resourceArn : undefined;
    const findings = operation === "ListTagsForResource" && arn !== undefined && this.#asCreated.get(arn) === true
      ? checkTagsAsCreated(outcome, prediction) : [];
    if ((operation === "TagResource" || operation === "UntagResource") && arn !== undefined) this.#asCreated.set(arn, false);
    const created = CREATES.has(operation) && prediction.ok ? createdArn(prediction.output) : undefined;
    if (created !== undefined && !this.#asCreated.has(created)) this.#asCreated.set(created, true);
    if (this.#asCreated.size > CAPACITY) this.#asCreated.delete(this.#asCreated.keys().next().value as string);
    return findings;
  }
}
