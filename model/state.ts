import type { PlainData } from "./plainData.ts";

/** The model's state: plain immutable data, so it can be cloned, compared, stored and replayed. */

export interface Tag { readonly key: string; readonly value: string }

interface ResourceRecord {
  readonly id: string;
  readonly arn: string;
  /** Creation order; pagination tokens point at it so they stay valid across deletes. */
  readonly seq: number;
  /** Sorted by key, at most one tag per key. */
  readonly tags: readonly Tag[];
}

export interface AppBundleRecord extends ResourceRecord {
  readonly customerManagedKeyArn?: string;
}

export type IngestionState = "enabled" | "disabled";

export interface IngestionRecord extends ResourceRecord {
  readonly appBundleId: string;
  readonly appBundleArn: string;
  readonly app: string;
  readonly tenantId: string;
  readonly ingestionType: string;
  readonly state: IngestionState;
  /** Epoch milliseconds. */
  readonly createdAt: number;
  readonly updatedAt: number;
}

export type DestinationStatus = "Active" | "Failed";

export interface DestinationRecord extends ResourceRecord {
  readonly ingestionId: string;
  readonly ingestionArn: string;
  readonly processingConfiguration: PlainData;
  readonly destinationConfiguration: PlainData;
  readonly status: DestinationStatus;
  readonly statusReason?: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A clientToken remembered by a Create, with the parameters it was first used with. */
export interface TokenRecord {
  readonly operation: string;
  /** The resolved parent ARN (or the account for app bundles). */
  readonly scope: string;
  readonly token: string;
  readonly params: PlainData;
  readonly resourceArn: string;
}

export interface ModelState {
  /** The last creation sequence number issued. */
  readonly seq: number;
  readonly appBundles: readonly AppBundleRecord[];
  readonly ingestions: readonly IngestionRecord[];
  readonly destinations: readonly DestinationRecord[];
  readonly tokens: readonly TokenRecord[];
}

export const EMPTY_STATE: ModelState = { seq: 0, appBundles: [], ingestions: [], destinations: [], tokens: [] };
