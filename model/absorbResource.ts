import { idOfArn } from "./arns.ts";
import { toPlainData } from "./plainData.ts";
import type { AppBundleRecord, DestinationRecord, DestinationStatus, IngestionRecord, IngestionState, ModelState, Tag } from "./state.ts";

/**
 * The state with one resource taken as a service reported it (an output's `ingestionDestination`,
 * `ingestion` or `appBundle`): the record with that ARN gets the reported members, or is added when the model
 * had none. What the output does not carry (tags, parents' ids) is kept, or taken from `tags` for a new record.
 */

type Reported = Readonly<Record<string, unknown>>;

const text = (value: unknown, fallback: string): string => (typeof value === "string" ? value : fallback);
const millis = (value: unknown, fallback: number): number => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.getTime() : fallback);

function upsert<T extends { readonly arn: string }>(records: readonly T[], record: T): readonly T[] {
  return records.some((r) => r.arn === record.arn) ? records.map((r) => (r.arn === record.arn ? record : r)) : [...records, record];
}

function absorbDestination(state: ModelState, reported: Reported, tags: readonly Tag[]): ModelState {
  const arn = reported.arn as string;
  const known = state.destinations.find((d) => d.arn === arn);
  const ingestionArn = text(reported.ingestionArn, known?.ingestionArn ?? arn.slice(0, arn.lastIndexOf("/ingestiondestination/")));
  const seq = known?.seq ?? state.seq + 1;
  const record: DestinationRecord = {
    id: idOfArn(arn), arn, seq, tags: known?.tags ?? tags,
    ingestionId: idOfArn(ingestionArn), ingestionArn,
    processingConfiguration: reported.processingConfiguration === undefined ? known?.processingConfiguration ?? null : toPlainData(reported.processingConfiguration),
    destinationConfiguration: reported.destinationConfiguration === undefined ? known?.destinationConfiguration ?? null : toPlainData(reported.destinationConfiguration),
    status: text(reported.status, known?.status ?? "Active") as DestinationStatus,
    ...(typeof reported.statusReason === "string" ? { statusReason: reported.statusReason } : {}),
    createdAt: millis(reported.createdAt, known?.createdAt ?? 0),
    updatedAt: millis(reported.updatedAt, known?.updatedAt ?? 0),
  };
  return { ...state, seq: Math.max(state.seq, seq), destinations: upsert(state.destinations, record) };
}

function absorbIngestion(state: ModelState, reported: Reported, tags: readonly Tag[]): ModelState {
  const arn = reported.arn as string;
  const known = state.ingestions.find((i) => i.arn === arn);
  const appBundleArn = text(reported.appBundleArn, known?.appBundleArn ?? arn.slice(0, arn.lastIndexOf("/ingestion/")));
  const seq = known?.seq ?? state.seq + 1;
  const record: IngestionRecord = {
    id: idOfArn(arn), arn, seq, tags: known?.tags ?? tags, appBundleId: idOfArn(appBundleArn), appBundleArn,
    app: text(reported.app, known?.app ?? ""), tenantId: text(reported.tenantId, known?.tenantId ?? ""),
    ingestionType: text(reported.ingestionType, known?.ingestionType ?? "auditLog"),
    state: text(reported.state, known?.state ?? "enabled") as IngestionState,
    createdAt: millis(reported.createdAt, known?.createdAt ?? 0), updatedAt: millis(reported.updatedAt, known?.updatedAt ?? 0),
  };
  return { ...state, seq: Math.max(state.seq, seq), ingestions: upsert(state.ingestions, record) };
}

function absorbAppBundle(state: ModelState, reported: Reported, tags: readonly Tag[]): ModelState {
  const arn = reported.arn as string;
  const known = state.appBundles.find((b) => b.arn === arn);
  const seq = known?.seq ?? state.seq + 1;
  const key = text(reported.customerManagedKeyArn, known?.customerManagedKeyArn ?? "");
  const record: AppBundleRecord = { id: idOfArn(arn), arn, seq, tags: known?.tags ?? tags, ...(key === "" ? {} : { customerManagedKeyArn: key }) };
  return { ...state, seq: Math.max(state.seq, seq), appBundles: upsert(state.appBundles, record) };
}

const ABSORBERS = { ingestionDestination: absorbDestination, ingestion: absorbIngestion, appBundle: absorbAppBundle } as const;

/** The state with the resource an output carries taken as reported; an output without one leaves it as it is. */
export function absorbResource(state: ModelState, output: Readonly<Record<string, unknown>>, tags: readonly Tag[] = []): ModelState {
  for (const [member, absorb] of Object.entries(ABSORBERS)) {
    const reported = output[member];
    if (reported && typeof reported === "object" && typeof (reported as Reported).arn === "string") return absorb(state, reported as Reported, tags);
  }
  return state;
}
