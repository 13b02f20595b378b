import type { LiveFlags } from "./liveOptions.ts";

/**
 * The live flags a replay needs to reach the same endpoint under the same opt-in: a replay line without them
 * would be refused, or would go somewhere else.
 */
export function liveReplayArgs(flags: LiveFlags): string[] {
  const one = (flag: string, value: string | number | undefined) => (value === undefined ? [] : [flag, String(value)]);
  return [
    ...one("--endpoint", flags.endpoint), ...one("--account", flags.account), ...one("--app-bundle", flags.appBundle),
    ...one("--ingestion", flags.ingestion), ...(flags.s3Bucket ?? []).flatMap((b) => ["--s3-bucket", b]),
    ...(flags.firehoseStream ?? []).flatMap((s) => ["--firehose-stream", s]), ...one("--rate", flags.rate),
    ...one("--config", flags.config), ...one("--journal-dir", flags.journalDir),
  ];
}

/** The live flags `cleanup` needs to reach the same endpoint, opt-in and journals as the run. */
export function liveCleanupArgs(flags: LiveFlags): string[] {
  const one = (flag: string, value: string | undefined) => (value === undefined ? [] : [flag, value]);
  return [
    ...one("--endpoint", flags.endpoint), ...one("--account", flags.account), ...one("--app-bundle", flags.appBundle),
    ...one("--ingestion", flags.ingestion), ...one("--config", flags.config), ...one("--journal-dir", flags.journalDir),
  ];
}
