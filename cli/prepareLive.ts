import type { SandboxDestinations } from "../generators/destinationConfiguration.ts";
import { EMULATOR_ACCOUNT } from "../emulator/localAccount.ts";
import { EMPTY_STATE, type InputValidator, type Tag } from "../model/index.ts";
import { InfrastructureError } from "../properties/finding.ts";
import { Oracle } from "../properties/Oracle.ts";
import type { Parents } from "../properties/PropertyContext.ts";
import { arnContextOf } from "../safety/arnParts.ts";
import { guardedTarget } from "../safety/guardedTarget.ts";
import { Journal } from "../safety/Journal.ts";
import { RUN_ID_TAG_KEY } from "../safety/journalEntry.ts";
import { journalingTarget } from "../safety/journalingTarget.ts";
import { seedExisting } from "../safety/seedExisting.ts";
import { seedOracle, type SeededOracle } from "../safety/seedOracle.ts";
import { settleJournal } from "../safety/settleJournal.ts";
import { sweepTagged } from "../safety/sweepTagged.ts";
import { TeardownIncomplete } from "../safety/teardownResources.ts";
import { withoutUserinfo } from "../safety/withoutUserinfo.ts";
import type { Target } from "../targets/target.ts";
import type { AppFabricClientModule } from "../client/loadClientModule.ts";
import { connectLive, type LiveConnection } from "./connectLive.ts";
import type { LiveSettings } from "./liveSettings.ts";

/** What `run --target live` hands the suite, and the teardown it owes afterwards. */
export interface LiveRun {
  readonly target: Target;
  readonly oracle: Oracle;
  /** The sandbox's existing parents; absent on loopback, where the suite makes its own. */
  readonly parents?: Parents;
  readonly sandbox?: SandboxDestinations;
  readonly harnessTags: readonly Tag[];
  /** Calls for new work the run may make (flag, config file or default): the run stops gracefully there. */
  readonly maxRequests: number;
  /**
   * Deletes whatever the journal says the run left, in dependency order, and closes the target. Throws
   * TeardownIncomplete naming what could not be deleted.
   */
  teardown(): Promise<void>;
}

export interface LiveIo {
  readonly runId: string;
  readonly module: AppFabricClientModule;
  readonly validate: InputValidator;
  /** The exact `cleanup` command for this endpoint, opt-in and journal folder. */
  readonly cleanupCommand: string;
  /** A line for the console that is no event (what was asked for and is not done). */
  readonly say: (line: string) => void;
}

/**
 * The oracle's starting point. Sandbox: the real parents and foreign destinations. Loopback: the app bundles
 * and ingestions already there, which count against the quotas (listing them also proves the endpoint answers).
 */
async function startingPoint(settings: LiveSettings, live: LiveConnection, validate: InputValidator): Promise<{ readonly oracle: Oracle } & Partial<SeededOracle>> {
  if (!settings.parents) {
    const oracle = new Oracle({ account: settings.account ?? EMULATOR_ACCOUNT, region: settings.region, partition: "aws", validate }, EMPTY_STATE);
    await seedExisting(live.target, oracle);
    return { oracle };
  }
  const seeded = await seedOracle(live.target, settings.parents, validate);
  const owner = arnContextOf(seeded.parents.appBundle.arn)?.account;
  if (settings.account !== undefined && owner !== settings.account) {
    throw new InfrastructureError(`the app bundle ${seeded.parents.appBundle.arn} is not in account ${settings.account}; nothing was created`);
  }
  return seeded;
}

/**
 * Refuses to start while resources tagged by earlier runs are there: they take the quota the run needs (the one
 * app bundle of an account, a sandbox ingestion's five destinations). They are not deleted here, even on loopback:
 * the tag cannot tell a killed run's leftovers from those of a run still going against the same endpoint.
 */
async function refuseLeftovers(settings: LiveSettings, live: LiveConnection, cleanupCommand: string): Promise<void> {
  const leftovers = await sweepTagged(live.target, RUN_ID_TAG_KEY, settings.parents);
  if (leftovers.length === 0) return;
  throw new InfrastructureError(`${settings.endpoint} holds ${leftovers.length} resource(s) tagged ${RUN_ID_TAG_KEY} by earlier runs of the harness `
    + `that did not finish (killed, or still running): ${leftovers.join(", ")}; they take the quota this run needs, so nothing was created; `
    + `once no other run is going, clean them up with: ${cleanupCommand}`);
}

/**
 * Prepares a live run, its settings resolved and its opt-in checked: credentials, account guard, the starting point, the journal,
 * and the target the suite sees (journaled, gated, unable to change what the harness did not create).
 * SIGINT/SIGTERM close the gate so the suite unwinds into teardown.
 */
export async function prepareLive(settings: LiveSettings, io: LiveIo): Promise<LiveRun> {
  const live = await connectLive(settings, io.module, io.say);
  const seeded = await startingPoint(settings, live, io.validate).then(async (point) => {
    await refuseLeftovers(settings, live, io.cleanupCommand);
    return point;
  }).catch(async (error: unknown) => {
    await live.target.close();
    throw error;
  });
  const parents = seeded?.parents;
  const journal = Journal.create(settings.journalDir, {
    type: "run", runId: io.runId, at: new Date().toISOString(), endpoint: withoutUserinfo(settings.endpoint), region: settings.region,
    tagKey: RUN_ID_TAG_KEY, ...(settings.account ? { account: settings.account } : {}),
    ...(parents ? { parents: { appBundle: parents.appBundle.arn, ingestion: parents.ingestion.arn } } : {}),
  });
  const untouchable = parents ? [parents.appBundle.arn, parents.ingestion.arn, ...(seeded?.foreign ?? [])] : [];
  const runTag = { key: RUN_ID_TAG_KEY, value: io.runId };
  let torndown: Promise<void> | undefined;
  const teardown = async () => {
    live.limiter.lift();
    try {
      const report = await settleJournal(journal, live.target, { budget: { deadline: Date.now() + settings.teardownBudget * 1000 } });
      if (report.failed.length > 0) {
        const left = report.failed.map((f) => `${f.arn} (${f.reason})`).join("; ");
        const cause = live.gate.reason === undefined ? "" : `the run stopped: ${live.gate.reason}; `;
        throw new TeardownIncomplete(`${cause}teardown could not delete ${left}; journal ${journal.file} keeps them`);
      }
    } finally {
      journal.close();
      await live.target.close();
    }
  };
  return {
    target: guardedTarget(journalingTarget(live.target, journal, [], runTag), live.gate, untouchable),
    oracle: seeded.oracle,
    ...(parents ? { parents } : {}),
    ...(settings.sandbox ? { sandbox: settings.sandbox } : {}),
    harnessTags: [runTag],
    maxRequests: settings.maxRequests,
    teardown: () => (torndown ??= teardown()),
  };
}
