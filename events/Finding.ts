/** A finding as the event log records it: what one call showed wrong about one thing, graded, with the evidence to act on it. */

export type Severity = "failure" | "observation";

/** The kinds of finding, one per check family. */
export type FindingKind =
  | "contract"            // a response or error body outside the documented JSON Schema
  | "model"               // a response that differs from the reference model's prediction
  | "undocumented-error"  // an error not in the operation's documented list
  | "wire"                // the HTTP exchange breaks the restJson1 binding (method, path, status, headers)
  | "label"               // an invalid input not rejected with the error its defect implies
  | "server-error"        // a server fault (5xx) that persisted for one request through every round of retries
  | "client";             // the client failed to send or to parse

/** One check that saw a finding's divergence, graded. */
export interface FindingCheck {
  readonly kind: FindingKind;
  readonly check: string;
  readonly message: string;
  /** The model rules it rests on; none when it rests on the contract alone. */
  readonly basis: readonly string[];
  readonly severity: Severity;
}

/** One client call of a counterexample, as sent. */
export interface EvidenceCall {
  readonly operation: string;
  /** What was sent, as JSON text, with the run's own identifiers named (see `Evidence.names`). */
  readonly input: string;
  /** `ok`, or the error name answered. */
  readonly result: string;
  readonly status?: number;
  readonly requestId?: string;
}

/** The HTTP exchange that decided a finding, secrets redacted, bodies shortened past a few kilobytes with a visible marker. */
export interface EvidenceExchange {
  readonly method: string;
  /** Path and query as sent. */
  readonly target: string;
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody: string;
  readonly status?: number;
  readonly responseHeaders?: Readonly<Record<string, string>>;
  readonly responseBody?: string;
  readonly requestId?: string;
  /** Attempts the client made for this call (retries included); this is the last. */
  readonly attempts: number;
}

/** What a service team needs to act on a finding: the calls that lead to it, the deciding one last, and its exchange on the wire. */
export interface Evidence {
  readonly calls: readonly EvidenceCall[];
  /** The index in `calls` of the call that diverged. */
  readonly deciding: number;
  /** The run's own identifiers as the calls name them (`<app bundle>`), with their real values. */
  readonly names: Readonly<Record<string, string>>;
  /** Absent off the wire (mock and model targets have no HTTP exchange). */
  readonly exchange?: EvidenceExchange;
}

/**
 * What one call showed wrong about one thing (an operation and its subject): every check that saw it, each
 * graded, and the worst grade. Two checks seeing the same divergence in the same call are one finding.
 */
export interface Finding {
  /** The operation and what diverged (`CreateIngestionDestination|ingestionDestination.ingestionArn`): stable across runs. */
  readonly fingerprint: string;
  readonly operation: string;
  readonly subject: string;
  readonly severity: Severity;
  readonly checks: readonly FindingCheck[];
  /** The model's (or the contract's) expectation and the answer at the diverging member, as JSON text. */
  readonly expected?: string;
  readonly actual?: string;
  /** The calls that led to it, the deciding one last, and the deciding HTTP exchange. */
  readonly evidence?: Evidence;
}
