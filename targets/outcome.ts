import type { OperationName } from "../contracts/operationCatalogue.ts";

/** One raw HTTP exchange as recorded on the wire; secrets are redacted before it is stored. */
export interface Exchange {
  readonly request: {
    readonly method: string;
    readonly path: string;
    readonly query: Readonly<Record<string, string | readonly string[]>>;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string;
  };
  readonly response?: {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string;
  };
  readonly durationMs: number;
  /** The input as it reached the wire, read back from the last request; absent for in-process targets. */
  readonly sent?: Readonly<Record<string, unknown>>;
}

/** An error as the target reported it. */
export interface OutcomeError {
  /** `service`: the service answered with an error; `client`: the client refused or failed to parse;
   *  `infrastructure`: the target could not be reached or authenticated. */
  readonly kind: "service" | "client" | "infrastructure";
  readonly name: string;
  readonly message: string;
  readonly status?: number;
  readonly fault?: string;
  readonly members: Readonly<Record<string, unknown>>;
}

/** What one operation sent to a target produced. */
export type Outcome =
  | { readonly ok: true; readonly output: Readonly<Record<string, unknown>>; readonly trace: Trace }
  | { readonly ok: false; readonly error: OutcomeError; readonly trace: Trace };

export interface Trace {
  readonly operation: OperationName;
  /** The exchanges on the wire, retries included; empty for in-process targets. */
  readonly exchanges: readonly Exchange[];
  /** Attempts the client made (1 without retries). */
  readonly attempts: number;
  readonly durationMs: number;
  /** The input as it reached the wire, read back from the last request; absent for in-process targets. */
  readonly sent?: Readonly<Record<string, unknown>>;
}
