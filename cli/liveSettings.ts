import { loadConfig, NODE_REGION_CONFIG_FILE_OPTIONS, NODE_REGION_CONFIG_OPTIONS } from "@smithy/core/config";
import type { SandboxDestinations } from "../generators/destinationConfiguration.ts";
import { isLoopbackEndpoint } from "../safety/isLoopbackEndpoint.ts";
import { DEFAULT_JOURNAL_DIR } from "../safety/Journal.ts";
import { UsageError } from "./exitCodes.ts";
import { readLiveConfig, type LiveConfig } from "./liveConfigFile.ts";
import type { LiveFlags } from "./liveOptions.ts";
import { DEFAULT_TEARDOWN_BUDGET, LIVE_VALUE_CHECKS } from "./liveValues.ts";
import { sharedProfile } from "./sharedProfile.ts";

/** Everything live mode runs with, once flags, `--config` and the environment are merged and checked. */
export interface LiveSettings {
  readonly endpoint: string;
  /** 127.0.0.0/8, localhost, [::1]: no opt-in needed, and the harness may own its parents. */
  readonly loopback: boolean;
  readonly region: string;
  /** The profile named by `--profile`, the config file or $AWS_PROFILE; absent, the SDK's default chain (loopback: the environment, then the default profile). */
  readonly profile?: string;
  readonly account?: string;
  readonly parents?: { readonly appBundle: string; readonly ingestion: string };
  readonly sandbox?: SandboxDestinations;
  readonly rate: number;
  readonly maxRequests: number;
  /** Seconds teardown and cleanup keep re-sending throttled and failing calls. */
  readonly teardownBudget: number;
  readonly journalDir: string;
}

const DEFAULT_RATE = 10;
/**
 * A nightly run of at most 10 minutes at the default rate: 5,000 calls take 8 min 20 s at 10 requests/s, which
 * leaves room for retries and teardown; the coverage plan takes a few hundred of them.
 */
const DEFAULT_MAX_REQUESTS = 5_000;
/** An emulator on this machine needs some Region for signing; AWS needs the real one. */
const LOOPBACK_REGION = "us-east-1";

/**
 * The SDK's own lookup of the Region (the environment, the profile, then the metadata service of the instance or
 * container the harness runs on), for AWS's endpoints only: a loopback run must not leave the machine.
 */
async function instanceRegion(profile: string | undefined): Promise<string | undefined> {
  try {
    return await loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...(profile === undefined ? {} : { profile }) })();
  } catch {
    return undefined;
  }
}

/** The Region in an AWS AppFabric endpoint's host name, e.g. appfabric.eu-west-1.amazonaws.com. */
function regionOf(endpoint: string): string | undefined {
  return /^https:\/\/appfabric(?:-fips)?\.([a-z0-9-]+)\.(?:amazonaws\.com|api\.aws)(?:[:/]|$)/.exec(endpoint)?.[1];
}

function checkedEnv(name: string, value: string | undefined, check: (v: unknown) => string | undefined): string | undefined {
  const expected = value === undefined ? undefined : check(value);
  if (expected !== undefined) throw new UsageError(`${name} must be ${expected}, not ${JSON.stringify(value)}`);
  return value;
}

/** `--endpoint-url`, or `--endpoint`, its alias: both given, they must agree. */
function endpointFlag(flags: LiveFlags): string | undefined {
  if (flags.endpointUrl !== undefined && flags.endpoint !== undefined && flags.endpointUrl !== flags.endpoint) {
    throw new UsageError(`--endpoint is an alias of --endpoint-url: give one of them, not ${JSON.stringify(flags.endpointUrl)} and ${JSON.stringify(flags.endpoint)}`);
  }
  return flags.endpointUrl ?? flags.endpoint;
}

/**
 * Merges live settings and enforces the opt-in: off loopback, a run must name the account, the app bundle, the
 * ingestion and a sandbox bucket or stream; cleanup must name the account. Missing pieces are a usage error that
 * lists them. Flags win over the config file, which wins over the environment, which wins over the profile in
 * the shared AWS files, as the AWS CLI orders flags, environment and profile: the profile from `--profile`
 * (else $AWS_PROFILE, else default), the Region from `--region` (else $AWS_REGION, else $AWS_DEFAULT_REGION,
 * else the profile's `region`), the endpoint from `--endpoint-url` (else $AWS_ENDPOINT_URL_APPFABRIC, else
 * $AWS_ENDPOINT_URL, else the profile's `endpoint_url`, else AWS's for the Region).
 */
export async function resolveLiveSettings(flags: LiveFlags, env: Readonly<Record<string, string | undefined>>, purpose: "run" | "cleanup",
  config: LiveConfig = flags.config === undefined ? {} : readLiveConfig(flags.config)): Promise<LiveSettings> {
  // As the SDK: an empty variable counts as unset.
  const fromEnv = (name: string, key: "endpoint" | "region" | "profile") => checkedEnv(name, env[name] || undefined, LIVE_VALUE_CHECKS[key]);
  const profile = flags.profile ?? config.profile ?? fromEnv("AWS_PROFILE", "profile");
  const files = await sharedProfile(profile);
  const named = endpointFlag(flags) ?? config.endpoint ?? fromEnv("AWS_ENDPOINT_URL_APPFABRIC", "endpoint") ?? fromEnv("AWS_ENDPOINT_URL", "endpoint") ?? files.endpoint_url;
  const stated = flags.region ?? config.region ?? fromEnv("AWS_REGION", "region") ?? fromEnv("AWS_DEFAULT_REGION", "region") ?? files.region;
  // No endpoint and no Region: AWS's endpoint in the Region of the instance the harness runs on, if it runs on one.
  const awsRegion = named === undefined ? stated ?? await instanceRegion(profile) : undefined;
  const endpoint = named ?? (awsRegion === undefined ? undefined : `https://appfabric.${awsRegion}.amazonaws.com`);
  if (endpoint === undefined) throw new UsageError("live mode needs an AWS Region (--region, AWS_REGION, a profile's region, or \"region\" in --config) or an --endpoint-url");
  const loopback = isLoopbackEndpoint(endpoint);
  const account = flags.account ?? config.account;
  const appBundle = flags.appBundle ?? config.appBundle;
  const ingestion = flags.ingestion ?? config.ingestion;
  const s3Buckets = flags.s3Bucket ?? config.s3Buckets ?? [];
  const firehoseStreams = flags.firehoseStream ?? config.firehoseStreams ?? [];
  if (!loopback) {
    const missing = [
      ...(account === undefined ? ["--account"] : []),
      ...(purpose === "run" && appBundle === undefined ? ["--app-bundle"] : []),
      ...(purpose === "run" && ingestion === undefined ? ["--ingestion"] : []),
      ...(purpose === "run" && s3Buckets.length + firehoseStreams.length === 0 ? ["--s3-bucket or --firehose-stream"] : []),
    ];
    if (missing.length > 0) {
      throw new UsageError(`live mode against ${endpoint} (not a loopback address) needs an explicit opt-in; missing: ${missing.join(", ")} (as flags or in a --config file)`);
    }
  }
  const region = awsRegion ?? stated ?? regionOf(endpoint) ?? (loopback ? LOOPBACK_REGION : await instanceRegion(profile));
  if (region === undefined) throw new UsageError(`live mode against ${endpoint} needs its AWS Region: give --region, set AWS_REGION, a profile's region, or "region" in --config`);
  if ((appBundle === undefined) !== (ingestion === undefined)) throw new UsageError("--app-bundle and --ingestion name the existing parents together: give both or neither");
  return {
    endpoint, loopback, region, ...(profile === undefined ? {} : { profile }),
    ...(account === undefined ? {} : { account }),
    ...(appBundle === undefined || ingestion === undefined ? {} : { parents: { appBundle, ingestion } }),
    ...(s3Buckets.length + firehoseStreams.length === 0 ? {} : { sandbox: { s3Buckets, firehoseStreams } }),
    rate: flags.rate ?? config.rate ?? DEFAULT_RATE,
    maxRequests: flags.maxRequests ?? config.maxRequests ?? DEFAULT_MAX_REQUESTS,
    teardownBudget: flags.teardownBudget ?? config.teardownBudget ?? DEFAULT_TEARDOWN_BUDGET,
    journalDir: flags.journalDir ?? config.journalDir ?? DEFAULT_JOURNAL_DIR,
  };
}
