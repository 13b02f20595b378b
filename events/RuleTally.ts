/** What the event log says of the model's rules: each rule as a run lists it, and what a property's calls showed of it. */

export type RuleConfidence = "documented" | "observed" | "assumed";

export interface RuleInfo {
  readonly id: string;
  readonly confidence: RuleConfidence;
  /** Who documents, observed or assumed it, in words. */
  readonly source: string;
}

/**
 * What the judged calls of a property showed of one model rule: calls where the service did what the rule
 * predicts (`held`), calls that diverged on it (`diverged`, by the finding's fingerprint) and divergences on it
 * the user accepted (`accepted`, likewise). A call counts once per rule.
 */
export interface RuleTally {
  readonly held: number;
  readonly diverged: Readonly<Record<string, number>>;
  readonly accepted?: Readonly<Record<string, number>>;
  /** One short divergence message, the first seen: what a reader needs to recognise it. */
  readonly example?: string;
}
