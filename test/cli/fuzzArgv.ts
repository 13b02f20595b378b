/**
 * Generated command lines: every command (and one that is none), a positional, then known and unknown flags with
 * hostile or valid values. No call can start a long run or reach past this machine: bounds come first and a later
 * flag may replace them only with a value as small, and the only endpoints given are loopback ports nothing listens
 * on (fuzzEnv puts the default endpoints there too).
 */
import fc from "fast-check";

/** Nothing listens on port 1: a live command gets as far as connecting, then ends with exit 3. */
export const UNREACHABLE = "http://127.0.0.1:1";

const COMMANDS = ["run", "replay", "report", "cleanup", "serve", "drift", "gate", "fuzz-responses", "selftest", "frobnicate", ""] as const;

/** Given first, so a valid run stays small; a seed keeps a case the same case when it is run again. */
const BOUNDS: Readonly<Record<string, readonly string[]>> = {
  run: ["--target", "model", "--runs", "1", "--max-requests", "30", "--time-budget", "1", "--seed", "1"],
  replay: ["--target", "model", "--runs", "1", "--max-requests", "30", "--time-budget", "1"],
  selftest: ["--runs", "1", "--max-requests", "10", "--no-benign", "--seed", "1", "--mutant", "tags-lost"],
  gate: ["--runs", "1", "--property", "create-valid", "--seed", "1"],
  "fuzz-responses": ["--runs", "1", "--seed", "1"],
  serve: ["--port", "0"],
};

// --workers is left out: each worker is a process that takes seconds to start (test/cli/shards.test.ts covers it).
const FLAGS = [
  "--target", "--seed", "--runs", "--time-budget", "--explore", "--stop-at-first", "--strict", "--property", "--path", "--report-dir", "--no-report",
  "--quiet", "--verbose", "--throttle-rate", "--error-rate", "--latency-ms", "--consistency-window", "--corpus-dir", "--no-corpus", "--client",
  "--mutant", "--shard", "--endpoint", "--account", "--app-bundle", "--ingestion", "--s3-bucket", "--firehose-stream", "--rate", "--max-requests",
  "--config", "--journal-dir", "--history", "--merge", "--json", "--markdown", "--model", "--candidate", "--baseline", "--port", "--host", "--region",
  "--access-key-id", "--no-verify-signatures", "--no-benign", "--help", "--version", "--nope", "-x",
];

const BUNDLE = "arn:aws:appfabric:us-east-1:111122223333:appbundle/0f0e0d0c-0b0a-4908-8706-050403020100";

/** Hostile values, and valid ones no larger than the bounds; file names are those the fixtures make in the working folder. */
const VALUES = [
  "", " ", "0", "-1", "1", "2", "0.5", "1e400", "NaN", "abc", "999999999999999999999", "1-2", "5-1", "1/2", "3/2", UNREACHABLE,
  "http://u:p@127.0.0.1:1", "https://[::1]:1", "not a url", "a-file", "a-folder", "a-file/below", "missing", "saved.json", "events.jsonl",
  "built-in", "create-valid", "update-semantics", "tags-lost", "model", "mock", "emulator", "live", "111122223333", BUNDLE, `${BUNDLE}/ingestion/x`,
  "999.1.1.1", "::1", "\u0000", "é", "-",
];

/** A host name would be looked up in DNS, so --host takes only addresses and names no lookup is needed for. */
const OWN_VALUES: Readonly<Record<string, readonly string[]>> = {
  "--host": ["127.0.0.1", "::1", "localhost", "999.1.1.1", "0", "", "-"],
};

const POSITIONALS = ["", "saved.json", "events.jsonl", "a-folder", "a-file", "missing"];

export const ARGV: fc.Arbitrary<string[]> = fc.tuple(
  fc.constantFrom(...COMMANDS),
  fc.constantFrom(...POSITIONALS),
  fc.array(fc.constantFrom(...FLAGS).chain((flag) => fc.tuple(fc.constant(flag), fc.array(fc.constantFrom(...(OWN_VALUES[flag] ?? VALUES)), { maxLength: 2 }))),
    { maxLength: 5 }),
).map(([command, positional, pieces]) => [
  ...(command === "" ? [] : [command]),
  ...(positional === "" ? [] : [positional]),
  ...(BOUNDS[command] ?? []),
  ...pieces.flatMap(([flag, values]) => [flag, ...values]),
]);
