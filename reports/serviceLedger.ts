/** The rule ledger of the service a run is of, as it stood once the run was recorded: what its report shows across runs. */
import type { HistoryEntry } from "./history.ts";
import { ruleLedger, type LedgerRow } from "./ruleLedger.ts";
import type { RunSummary } from "./runSummary.ts";

export interface ServiceLedger {
  readonly service: string;
  /** Every run of the service, oldest first, whether or not it exercised a given rule. */
  readonly runs: readonly { readonly runId: string; readonly at: string }[];
  readonly rows: readonly LedgerRow[];
}

/**
 * Undefined for a run that teaches no ledger (a planted bug, or a log from before services were recorded). The
 * rules' confidence is the run's own list of them, so documented rules are left out as `rules` leaves them out;
 * runs recorded after this one (a report rebuilt later) are not part of what it shows.
 */
export function serviceLedger(history: readonly HistoryEntry[], summary: RunSummary): ServiceLedger | undefined {
  const service = summary.start?.service;
  if (service === undefined) return undefined;
  const own = history.findIndex((e) => e.runId === summary.start?.runId);
  const runs = (own === -1 ? history : history.slice(0, own + 1)).filter((e) => e.service === service);
  const confidence = new Map(summary.rules.map((r) => [r.id, r.confidence]));
  return { service, runs: runs.map(({ runId, at }) => ({ runId, at })), rows: ruleLedger(runs, (rule) => confidence.get(rule)) };
}
