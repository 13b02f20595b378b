import type { KnownRuleId } from "./rules.ts";

/** The schema-format pairs the console offers per destination kind (the AppFabric Administration Guide's console steps); the API model restricts none. */
const OFFERED: Readonly<Record<string, readonly string[]>> = {
  s3Bucket: ["raw/json", "ocsf/json", "ocsf/parquet"],
  firehoseStream: ["raw/json", "ocsf/json"],
};

function pairOf(processing: unknown): string {
  const log = (processing as { auditLog?: { schema?: unknown; format?: unknown } } | undefined)?.auditLog;
  return `${String(log?.schema)}/${String(log?.format)}`;
}

function kindOf(destinationConfiguration: unknown): string | undefined {
  const destination = (destinationConfiguration as { auditLog?: { destination?: object } } | undefined)?.auditLog?.destination;
  return destination ? Object.keys(destination)[0] : undefined;
}

/**
 * The model accepts every pair the API model allows; a pair the console never offers (raw+parquet, parquet to
 * Firehose) rests on that assumption, which the basis then names.
 */
export function formatCombinationBasis(processing: unknown, destinationConfiguration: unknown): KnownRuleId[] {
  const kind = kindOf(destinationConfiguration);
  const offered = kind === undefined ? undefined : OFFERED[kind];
  return offered === undefined || offered.includes(pairOf(processing)) ? [] : ["destination.formatCombination"];
}
