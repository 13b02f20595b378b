import { formatCombinationBasis } from "../model/formatCombination.ts";
import type { ModelInput } from "../model/index.ts";
import type { Handle } from "./types.ts";
import { validationError } from "./wireErrors.ts";

type Processing = { auditLog?: { schema?: unknown; format?: unknown } };

/** The processing configuration a request would pair with its destination: the Create's own, or the stored one an Update keeps. */
function processingOf(handle: Handle, operation: string, input: ModelInput): unknown {
  if (operation === "CreateIngestionDestination") return input.processingConfiguration;
  if (operation !== "UpdateIngestionDestination") return undefined;
  const { destinationConfiguration: _, ...identifiers } = input;
  const stored = handle("GetIngestionDestination", identifiers);
  return stored.ok ? (stored.output.ingestionDestination as { processingConfiguration?: unknown }).processingConfiguration : undefined;
}

/**
 * The schema-format pairs the console never offers (raw+parquet, parquet to a Firehose stream) refused with
 * ValidationException. The API model allows every pair, so a service may go either way: no bug.
 */
export function refusesUnofferedFormats(handle: Handle): Handle {
  return (operation, input) => {
    const processing = processingOf(handle, operation, input);
    if (processing === undefined || formatCombinationBasis(processing, input.destinationConfiguration).length === 0) return handle(operation, input);
    const log = (processing as Processing).auditLog;
    return { ok: false, basis: [], error: validationError(`Schema ${String(log?.schema)} with format ${String(log?.format)} is not supported for this destination`, "other") };
  };
}
