import type { Command } from "commander";
import { InfrastructureError } from "../properties/finding.ts";
import { redactSecrets } from "../secrets/redactSecrets.ts";
import { Journal } from "../safety/Journal.ts";
import { RUN_ID_TAG_KEY } from "../safety/journalEntry.ts";
import { readJournals } from "../safety/readJournal.ts";
import { persistentTarget } from "../safety/persistentTarget.ts";
import { settleJournal } from "../safety/settleJournal.ts";
import { sweepTagged } from "../safety/sweepTagged.ts";
import { teardownResources } from "../safety/teardownResources.ts";
import { withoutUserinfo } from "../safety/withoutUserinfo.ts";
import { connectLive } from "./connectLive.ts";
import { EXIT } from "./exitCodes.ts";
import { declareLiveOptions, type LiveFlags } from "./liveOptions.ts";
import { resolveLiveSettings } from "./liveSettings.ts";

export interface CleanupIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * `appfabric-harness cleanup`: settles every unfinished journal written against this endpoint (re-sending
 * creates whose answer never came, then deleting in dependency order), then sweeps what carries the run-id
 * tag (a sandbox's named ingestion; on loopback, tagged app bundles). Exit 1 when something is left.
 */
export async function executeCleanup(flags: LiveFlags, io: CleanupIo): Promise<number> {
  const settings = await resolveLiveSettings(flags, io.env, "cleanup");
  try {
    const live = await connectLive(settings, undefined, (line) => io.out(redactSecrets(line)));
    live.limiter.lift();
    const budget = { deadline: Date.now() + settings.teardownBudget * 1000 };
    const patient = persistentTarget(live.target, budget);
    const left: string[] = [];
    let deleted = 0;
    try {
      const { journals, unreadable, empty } = readJournals(settings.journalDir);
      for (const file of empty) io.out(redactSecrets(`journal ${file} is empty: its run was killed as it started, before it created anything; nothing to settle`));
      // Named, not settled: what an unreadable journal lists is unknown; the sweep below may still find it by its tag.
      left.push(...unreadable.map((u) => `what journal ${u.file} lists: it cannot be read: ${u.reason}`));
      for (const state of journals.filter((s) => !s.complete)) {
        if (withoutUserinfo(state.header.endpoint) !== withoutUserinfo(settings.endpoint)) {
          left.push(`${state.file}: written against ${state.header.endpoint}; run cleanup with --endpoint ${state.header.endpoint}`);
          continue;
        }
        const journal = Journal.reopen(state.file);
        const report = await settleJournal(journal, live.target, { budget }).finally(() => journal.close());
        deleted += report.deleted.length;
        for (const arn of report.deleted) io.out(redactSecrets(`deleted ${arn}`));
        left.push(...report.failed.map((f) => `${f.arn}: ${f.reason}`));
      }
      if (settings.loopback || settings.parents) {
        const swept = await teardownResources(patient, await sweepTagged(patient, RUN_ID_TAG_KEY, settings.parents));
        deleted += swept.deleted.length;
        for (const arn of swept.deleted) io.out(redactSecrets(`deleted ${arn} (tagged ${RUN_ID_TAG_KEY})`));
        left.push(...swept.failed.map((f) => `${f.arn}: ${f.reason}`));
      }
    } finally {
      await live.target.close();
    }
    for (const line of left) io.out(redactSecrets(`could not delete ${line}`));
    io.out(`cleanup: ${deleted} deleted, ${left.length} left behind`);
    return left.length > 0 ? EXIT.findings : EXIT.ok;
  } catch (error) {
    if (!(error instanceof InfrastructureError)) throw error;
    io.err(redactSecrets(`appfabric-harness: ${error.message}`));
    return EXIT.infrastructure;
  }
}

const PROCESS_IO: CleanupIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

export function registerCleanup(program: Command, setExitCode: (code: number) => void, io: CleanupIo = PROCESS_IO): void {
  declareLiveOptions(program.command("cleanup")
    .description("delete what earlier live runs left behind (their journals and run-id tags); exit 1 if anything is left"))
    .action(async (flags: LiveFlags) => {
      setExitCode(await executeCleanup(flags, io));
    });
}
