import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Journal } from "../../safety/Journal.ts";
import { RUN_ID_TAG_KEY } from "../../safety/journalEntry.ts";
import type { Target } from "../../targets/target.ts";

export const PROCESSING = { auditLog: { schema: "ocsf", format: "json" } };
export const S3 = { auditLog: { destination: { s3Bucket: { bucketName: "sandbox-bucket" } } } };

export function newJournal(runId = "00000000-1111-4222-8333-444444444444"): Journal {
  const dir = mkdtempSync(join(tmpdir(), "harness-journal-"));
  return Journal.create(dir, { type: "run", runId, at: new Date().toISOString(), endpoint: "http://127.0.0.1:1", region: "us-east-1", tagKey: RUN_ID_TAG_KEY });
}

/** Sends and returns the output, failing the test on an error answer. */
export async function ok(target: Target, operation: Parameters<Target["send"]>[0], input: Record<string, unknown>): Promise<Record<string, unknown>> {
  const outcome = await target.send(operation, input);
  if (!outcome.ok) throw new Error(`${operation}: ${outcome.error.name}: ${outcome.error.message}`);
  return outcome.output as Record<string, unknown>;
}

export const arnOf = (output: Record<string, unknown>) => (Object.values(output)[0] as { arn: string }).arn;

/** An app bundle, an ingestion and a destination, created through the given target. */
export async function family(target: Target): Promise<{ bundle: string; ingestion: string; destination: string }> {
  const bundle = arnOf(await ok(target, "CreateAppBundle", {}));
  const ingestion = arnOf(await ok(target, "CreateIngestion", { appBundleIdentifier: bundle, app: "OKTA", tenantId: "t", ingestionType: "auditLog" }));
  const destination = arnOf(await ok(target, "CreateIngestionDestination", {
    appBundleIdentifier: bundle, ingestionIdentifier: ingestion, processingConfiguration: PROCESSING, destinationConfiguration: S3 }));
  return { bundle, ingestion, destination };
}
