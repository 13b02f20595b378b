import type { Target } from "../targets/target.ts";
import type { Journal } from "./Journal.ts";
import { journalingTarget } from "./journalingTarget.ts";
import { readJournal } from "./readJournal.ts";
import { recoverIntents } from "./recoverIntents.ts";
import { teardownResources, type TeardownReport } from "./teardownResources.ts";

/**
 * Leaves nothing of one journal's run behind: re-sends the creates whose answer never came (closing their
 * intents), deletes every resource still alive in dependency order, and marks the journal complete when
 * nothing is left. Everything it does is journaled in the same file.
 */
export async function settleJournal(journal: Journal, target: Target, delaysMs?: readonly number[]): Promise<TeardownReport> {
  const before = readJournal(journal.file);
  const at = () => new Date().toISOString();
  const failed: { arn: string; reason: string }[] = [];
  const recovered: string[] = [];
  for (const result of await recoverIntents(target, before.pending)) {
    const { id, operation, clientToken } = result.intent;
    if ("arn" in result) {
      journal.write({ type: "created", id, at: at(), arn: result.arn });
      recovered.push(result.arn);
    } else if ("rejected" in result) {
      journal.write({ type: "rejected", id, at: at(), error: result.rejected });
    } else {
      failed.push({ arn: `(${operation} with clientToken ${String(clientToken)})`, reason: result.failed });
    }
  }
  const alive = [...before.alive, ...recovered];
  const report = await teardownResources(journalingTarget(target, journal, alive), alive, delaysMs);
  // Already gone (not found) counts as deleted, though the journaling target saw no successful delete.
  const stillListed = new Set(readJournal(journal.file).alive);
  for (const arn of report.deleted) if (stillListed.has(arn)) journal.write({ type: "deleted", at: at(), arn });
  failed.push(...report.failed);
  if (failed.length === 0) journal.write({ type: "complete", at: at() });
  return { deleted: report.deleted, failed };
}
