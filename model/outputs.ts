import { toPlainData } from "./plainData.ts";
import type { AppBundleRecord, DestinationRecord, IngestionRecord } from "./state.ts";

/**
 * Resource structures in SDK output form (the API model's AppBundle, Ingestion and IngestionDestination shapes): Date timestamps, optional members omitted when absent.
 * Every call builds fresh objects, so a caller mutating an output cannot change the state.
 */

export function appBundleOutput(record: AppBundleRecord): Record<string, unknown> {
  return record.customerManagedKeyArn === undefined
    ? { arn: record.arn }
    : { arn: record.arn, customerManagedKeyArn: record.customerManagedKeyArn };
}

export function ingestionOutput(record: IngestionRecord): Record<string, unknown> {
  return {
    arn: record.arn, appBundleArn: record.appBundleArn, app: record.app, tenantId: record.tenantId,
    createdAt: new Date(record.createdAt), updatedAt: new Date(record.updatedAt),
    state: record.state, ingestionType: record.ingestionType,
  };
}

export function ingestionSummary(record: IngestionRecord): Record<string, unknown> {
  return { arn: record.arn, app: record.app, tenantId: record.tenantId, state: record.state };
}

export function destinationOutput(record: DestinationRecord): Record<string, unknown> {
  const output: Record<string, unknown> = {
    arn: record.arn, ingestionArn: record.ingestionArn,
    processingConfiguration: toPlainData(record.processingConfiguration),
    destinationConfiguration: toPlainData(record.destinationConfiguration),
    status: record.status,
  };
  if (record.status === "Failed" && record.statusReason !== undefined) output["statusReason"] = record.statusReason;
  output["createdAt"] = new Date(record.createdAt);
  output["updatedAt"] = new Date(record.updatedAt);
  return output;
}

/** The summary form shared by app bundles and destinations. */
export function arnSummary(record: { readonly arn: string }): Record<string, unknown> {
  return { arn: record.arn };
}
