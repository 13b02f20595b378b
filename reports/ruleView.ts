/**
 * A model rule as every report shows it for one run: its source, what the run's calls showed of it (held, diverged
 * with the finding each divergence is, accepted, or not exercised) and a one-line example of a divergence. The
 * Markdown summary and the HTML report render these same views, so they cannot disagree.
 */
import type { FindingBucket } from "../events/FindingBuckets.ts";
import { divergenceExample, messageExample } from "./divergenceExample.ts";
import { plural } from "./formatNumbers.ts";
import { acceptedCalls, divergedCalls } from "./ruleSummaries.ts";
import type { RuleSummary, RunSummary } from "./runSummary.ts";

export type RuleEvidenceState = "diverged" | "accepted" | "held" | "not exercised";

export interface RuleView {
  readonly id: string;
  /** `assumed: the order of list results is not documented` */
  readonly source: string;
  readonly state: RuleEvidenceState;
  /** `diverged in 4 calls as #1 (ListIngestionDestinations|ingestionDestinations.arn); held in 8` */
  readonly evidence: string;
  /** The first finding's smallest counterexample, expected against observed (else the first message). */
  readonly example?: string;
  /** What the ledger's latest runs did otherwise (a `rule.change` of this run). */
  readonly change?: string;
}

/** Rules that diverged first, then accepted, held, and those no call exercised; the run's order within each. */
const ORDER: readonly RuleEvidenceState[] = ["diverged", "accepted", "held", "not exercised"];

const SOURCE_KINDS = { documented: "documented by AWS", observed: "observed by third parties", assumed: "assumed" } as const;

function stateOf(rule: RuleSummary): RuleEvidenceState {
  return divergedCalls(rule) > 0 ? "diverged" : acceptedCalls(rule) > 0 ? "accepted" : rule.exercised ? "held" : "not exercised";
}

function asFindings(counts: Readonly<Record<string, number>>, buckets: ReadonlyMap<string, FindingBucket>): string {
  return Object.entries(counts).map(([fingerprint, calls]) => {
    const number = buckets.get(fingerprint)?.number;
    return `${plural(calls, "call")} ${number === undefined ? "" : `as #${number} `}(${fingerprint})`;
  }).join(", ");
}

function evidenceOf(rule: RuleSummary, buckets: ReadonlyMap<string, FindingBucket>): string {
  if (!rule.exercised) return "not exercised: no call rested on it";
  return [
    ...(divergedCalls(rule) > 0 ? [`diverged in ${asFindings(rule.diverged, buckets)}`] : []),
    ...(acceptedCalls(rule) > 0 ? [`diverged as accepted in ${asFindings(rule.accepted ?? {}, buckets)}`] : []),
    `held in ${plural(rule.held, "call")}`,
  ].join("; ");
}

function exampleOf(rule: RuleSummary, buckets: ReadonlyMap<string, FindingBucket>): string | undefined {
  const first = Object.keys(rule.diverged).flatMap((fingerprint) => buckets.get(fingerprint) ?? []).sort((a, b) => a.number - b.number)[0];
  const shown = first?.smallest;
  if (shown?.expected !== undefined) return divergenceExample(shown.expected, shown.actual ?? "absent");
  return rule.example === undefined ? undefined : messageExample(rule.example);
}

export function ruleViews(summary: RunSummary): RuleView[] {
  const buckets = new Map(summary.findings.map((f) => [f.fingerprint, f]));
  const views = summary.rules.map((rule): RuleView => {
    const state = stateOf(rule);
    const example = state === "diverged" || state === "accepted" ? exampleOf(rule, buckets) : undefined;
    const change = summary.ruleChanges.find((c) => c.rule === rule.id)?.message;
    return {
      id: rule.id, state, evidence: evidenceOf(rule, buckets),
      source: rule.confidence === undefined ? "unknown: the run did not list this rule" : `${SOURCE_KINDS[rule.confidence]}: ${rule.source ?? ""}`,
      ...(example === undefined ? {} : { example }), ...(change === undefined ? {} : { change }),
    };
  });
  return ORDER.flatMap((state) => views.filter((v) => v.state === state));
}
