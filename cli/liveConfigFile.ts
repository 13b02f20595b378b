import { readRegularFile } from "../files/readRegularFile.ts";
import { MAX_JSON_DEPTH, nestedDeeperThan } from "../safety/nestedDeeperThan.ts";
import { UsageError } from "./exitCodes.ts";
import { knownRuleIds } from "./acceptedRules.ts";
import { LIVE_VALUE_CHECKS } from "./liveValues.ts";

/**
 * What a `--config` file may hold: the live settings, where a flag given on the command line wins, and the rules
 * to accept on any target, which add to `--accept-observed`.
 */
export interface LiveConfig {
  readonly endpoint?: string;
  readonly profile?: string;
  readonly region?: string;
  readonly account?: string;
  readonly appBundle?: string;
  readonly ingestion?: string;
  readonly s3Buckets?: readonly string[];
  readonly firehoseStreams?: readonly string[];
  readonly rate?: number;
  readonly maxRequests?: number;
  readonly teardownBudget?: number;
  readonly journalDir?: string;
  readonly acceptObserved?: readonly string[];
}

const CONFIG_CHECKS = { ...LIVE_VALUE_CHECKS, acceptObserved: knownRuleIds };
type ConfigKey = keyof typeof CONFIG_CHECKS;
const KEYS = Object.keys(CONFIG_CHECKS) as ConfigKey[];

function isKey(key: string): key is ConfigKey {
  return (KEYS as string[]).includes(key);
}

/** Reads and strictly validates a config file: an unknown key or a bad value is a usage error naming it. */
export function readLiveConfig(file: string): LiveConfig {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readRegularFile(file));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`--config ${file}: ${error instanceof SyntaxError ? "not valid JSON: " : ""}${reason}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new UsageError(`--config ${file}: must hold a JSON object`);
  // Before any value is checked or quoted in a message: both walk it recursively and would overflow the stack.
  if (nestedDeeperThan(parsed)) throw new UsageError(`--config ${file}: it nests deeper than ${MAX_JSON_DEPTH} levels, as no config file does`);
  for (const [key, value] of Object.entries(parsed)) {
    if (!isKey(key)) throw new UsageError(`--config ${file}: unknown key "${key}"; the keys are ${KEYS.join(", ")}`);
    const expected = CONFIG_CHECKS[key](value);
    if (expected !== undefined) throw new UsageError(`--config ${file}: "${key}" must be ${expected}, not ${JSON.stringify(value)}`);
  }
  return parsed as LiveConfig;
}
