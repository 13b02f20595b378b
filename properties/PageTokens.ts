import type { ModelOutcome } from "../model/index.ts";
import type { Outcome } from "../targets/outcome.ts";

/**
 * Pagination tokens are opaque and each side issues its own: the target's token for "the page after this one"
 * is paired with the oracle's token for the same page, so a List the target is asked to continue is predicted
 * by the oracle from its own position.
 */
export class PageTokens {
  readonly #oracleToken = new Map<string, string>();

  learn(outcome: Outcome, prediction: ModelOutcome): void {
    if (!outcome.ok || !prediction.ok) return;
    const theirs = outcome.output.nextToken, ours = prediction.output.nextToken;
    if (typeof theirs === "string" && typeof ours === "string") this.#oracleToken.set(theirs, ours);
  }

  toOracle(input: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
    const token = input.nextToken;
    const ours = typeof token === "string" ? this.#oracleToken.get(token) : undefined;
    return ours === undefined ? input : { ...input, nextToken: ours };
  }
}
