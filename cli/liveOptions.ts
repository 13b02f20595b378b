import type { Command } from "commander";
import { DEFAULT_JOURNAL_DIR } from "../safety/Journal.ts";
import { UsageError } from "./exitCodes.ts";
import { DEFAULT_TEARDOWN_BUDGET, LIVE_VALUE_CHECKS, type LiveValueKey } from "./liveValues.ts";

/** The live flags as given; merged with `--config` and the environment by resolveLiveSettings. */
export interface LiveFlags {
  /** `--endpoint-url`, AWS's spelling; `--endpoint` is its alias. */
  readonly endpointUrl?: string;
  readonly endpoint?: string;
  /** The shared-files profile credentials and Region come from (AWS CLI's `--profile`). */
  readonly profile?: string;
  readonly region?: string;
  readonly account?: string;
  readonly appBundle?: string;
  readonly ingestion?: string;
  readonly s3Bucket?: readonly string[];
  readonly firehoseStream?: readonly string[];
  readonly rate?: number;
  readonly maxRequests?: number;
  readonly teardownBudget?: number;
  readonly config?: string;
  readonly journalDir?: string;
}

function checked(flag: string, key: LiveValueKey, parse: (value: string) => unknown = (v) => v) {
  return (value: string) => {
    const parsed = parse(value);
    const expected = LIVE_VALUE_CHECKS[key](parsed);
    if (expected !== undefined) throw new UsageError(`${flag} takes ${expected}, not ${JSON.stringify(value)}`);
    return parsed;
  };
}

export const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/**
 * The endpoint, profile, Region, opt-in, sandbox, limits and journal flags shared by `run --target live` and
 * `cleanup`; the first three spelled as the AWS CLI spells them.
 */
export function declareLiveOptions(command: Command): Command {
  const number = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));
  return command
    .option("--endpoint-url <url>", "live: AppFabric endpoint (default $AWS_ENDPOINT_URL_APPFABRIC, else $AWS_ENDPOINT_URL, else the profile's endpoint_url, else AWS's for the Region)",
      checked("--endpoint-url", "endpoint"))
    .option("--endpoint <url>", "live: an alias of --endpoint-url", checked("--endpoint", "endpoint"))
    .option("--profile <name>", "live: the profile of the shared AWS config and credentials files (default $AWS_PROFILE, else default)", checked("--profile", "profile"))
    .option("--region <name>", "live: the AWS Region (default $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile's)", checked("--region", "region"))
    .option("--account <id>", "live: the AWS account the credentials must belong to (opt-in; required off loopback)", checked("--account", "account"))
    .option("--app-bundle <arn>", "live: the existing app bundle to work under (opt-in; required off loopback)", checked("--app-bundle", "appBundle"))
    .option("--ingestion <arn>", "live: the existing ingestion to work under (opt-in; required off loopback)", checked("--ingestion", "ingestion"))
    .option("--s3-bucket <name>", "live: a sandbox S3 bucket destinations may point at (repeatable)", collect)
    .option("--firehose-stream <name>", "live: a sandbox Firehose stream destinations may point at (repeatable)", collect)
    .option("--rate <n>", "live: requests per second at most, retries included (default 10)", checked("--rate", "rate", number))
    .option("--max-requests <n>", "live: requests per run at most (default 5000; teardown is exempt)", checked("--max-requests", "maxRequests", number))
    .option("--teardown-budget <seconds>", `live: how long teardown and cleanup keep re-sending throttled and failing calls (default ${DEFAULT_TEARDOWN_BUDGET})`,
      checked("--teardown-budget", "teardownBudget", number))
    .option("--config <file>", "the live settings above from a JSON file (flags win), and acceptObserved: rules to accept on any target, added to --accept-observed")
    .option("--journal-dir <dir>", `live: where the journals of created resources go (default ${DEFAULT_JOURNAL_DIR})`, checked("--journal-dir", "journalDir"));
}
