import type { Target } from "../targets/target.ts";
import type { Journal } from "./Journal.ts";
import type { IntentEntry } from "./journalEntry.ts";
import { journalingTarget } from "./journalingTarget.ts";
import { persistentTarget, type PersistenceBudget } from "./persistentTarget.ts";
import { readJournal, type JournalState } from "./readJournal.ts";
import { recoverIntents } from "./recoverIntents.ts";
import { sweepTagged } from "./sweepTagged.ts";
import { teardownResources, type TeardownReport } from "./teardownResources.ts";

export interface SettleOptions {
  /** How long throttled and failing calls are sent again (see persistentTarget). */
  readonly budget: PersistenceBudget;
  /** Pauses before retrying a delete whose precondition may still be settling; default teardownResources's. */
  readonly delaysMs?: readonly number[];
}

type Failure = TeardownReport["failed"][number];

/**
 * Creates whose outcome is still unknown are settled by what the service holds: every create of the run carries
 * the run's tag, so what the service lists with it, beyond what the journal knows, is everything they can have
 * made. A listing that fails leaves them unknown, named as what may be left.
 */
async function listWithRunTag(target: Target, state: JournalState, unknown: readonly IntentEntry[]): Promise<{ readonly made: string[] } | { readonly failed: Failure[] }> {
  const { header } = state;
  try {
    return { made: await sweepTagged(target, header.tagKey, header.parents, header.runId) };
  } catch (error) {
    const reason = `its answer never came, and listing the run's tagged resources failed: ${error instanceof Error ? error.message : String(error)}`;
    return { failed: unknown.map((intent) => ({ arn: `(${intent.operation} with clientToken ${String(intent.clientToken)})`, reason })) };
  }
}

/**
 * Leaves nothing of one journal's run behind: re-sends the creates whose answer never came (closing their
 * intents), settles those still unknown against what the service lists with the run's tag, deletes every
 * resource alive or found in dependency order, and marks the journal complete when nothing is left. Calls that
 * meet throttling or server faults are sent again until the budget's deadline. Everything it does is
 * journaled in the same file.
 */
export async function settleJournal(journal: Journal, target: Target, options: SettleOptions): Promise<TeardownReport> {
  const patient = persistentTarget(target, options.budget);
  const before = readJournal(journal.file);
  const at = () => new Date().toISOString();
  const alive = [...before.alive];
  const unknown: IntentEntry[] = [];
  for (const result of await recoverIntents(patient, before.pending)) {
    const { id } = result.intent;
    if ("arn" in result) {
      journal.write({ type: "created", id, at: at(), arn: result.arn });
      alive.push(result.arn);
    } else if ("rejected" in result) {
      journal.write({ type: "rejected", id, at: at(), error: result.rejected });
    } else {
      unknown.push(result.intent);
    }
  }
  const listed = unknown.length === 0 ? { made: [] } : await listWithRunTag(patient, before, unknown);
  const made = "made" in listed ? listed.made.filter((arn) => !alive.includes(arn)) : [];
  // One teardown, so dependency order holds across what the journal knew and what the listing found.
  const report = await teardownResources(journalingTarget(patient, journal, [...alive, ...made]), [...alive, ...made], options.delaysMs);
  if ("made" in listed && !report.failed.some((f) => made.includes(f.arn))) {
    for (const intent of unknown) journal.write({ type: "settled", id: intent.id, at: at(), reason: "nothing of the run's that the service lists is left" });
  }
  // Already gone (not found) counts as deleted, though the journaling target saw no successful delete.
  const stillListed = new Set(readJournal(journal.file).alive);
  for (const arn of report.deleted) if (stillListed.has(arn)) journal.write({ type: "deleted", at: at(), arn });
  const failed = [...report.failed, ...("failed" in listed ? listed.failed : [])];
  if (failed.length === 0) journal.write({ type: "complete", at: at() });
  return { deleted: report.deleted, failed };
}
