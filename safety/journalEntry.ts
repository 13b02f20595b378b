/** The lines of a run's journal (JSON Lines, one file per run): what the harness meant to create and did. */

/** Tag key carried by every resource the harness creates; its value is the run id. */
export const RUN_ID_TAG_KEY = "appfabric-harness:run-id";

export const CREATE_OPERATIONS = ["CreateAppBundle", "CreateIngestion", "CreateIngestionDestination"] as const;
export type CreateOperation = (typeof CREATE_OPERATIONS)[number];

export interface JournalHeader {
  readonly type: "run";
  readonly runId: string;
  readonly at: string;
  readonly endpoint: string;
  readonly region: string;
  readonly account?: string;
  readonly tagKey: string;
  /** Existing parents the run worked under (live sandboxes); never deleted. */
  readonly parents?: { readonly appBundle: string; readonly ingestion: string };
}

/** Written before a create is sent: enough to re-send it with the same clientToken. */
export interface IntentEntry {
  readonly type: "intent";
  readonly id: string;
  readonly at: string;
  readonly operation: CreateOperation;
  readonly parents: { readonly appBundleIdentifier?: unknown; readonly ingestionIdentifier?: unknown };
  readonly clientToken: unknown;
  readonly input: Readonly<Record<string, unknown>>;
}

/** The create answered with this ARN. */
export interface CreatedEntry { readonly type: "created"; readonly id: string; readonly at: string; readonly arn: string }

/** The create was refused outright (a 4xx that is not throttling): nothing exists. */
export interface RejectedEntry { readonly type: "rejected"; readonly id: string; readonly at: string; readonly error: string }

/**
 * The create's answer never came and re-sending it failed too, but nothing of the run that the service lists is
 * left: whatever the create made is gone, so the intent needs nothing more.
 */
export interface SettledEntry { readonly type: "settled"; readonly id: string; readonly at: string; readonly reason: string }

export interface DeletedEntry { readonly type: "deleted"; readonly at: string; readonly arn: string }

/** Everything the run created is gone. */
export interface CompleteEntry { readonly type: "complete"; readonly at: string }

export type JournalEntry = JournalHeader | IntentEntry | CreatedEntry | RejectedEntry | SettledEntry | DeletedEntry | CompleteEntry;
