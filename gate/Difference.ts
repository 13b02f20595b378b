import type { OperationName } from "../contracts/operationCatalogue.ts";

/** One behavioural difference between the two clients, on one call. */
export interface Difference {
  readonly operation: OperationName;
  /** `request`: what the clients put on the wire; `outcome`: what send() gave back (output or error). */
  readonly aspect: "request" | "outcome";
  /** Where, as a dotted path into the normalised request or outcome (e.g. `body.tags.0.key`, `error.name`). */
  readonly path: string;
  /** The values there (undefined: absent). */
  readonly baseline: unknown;
  readonly candidate: unknown;
  /** The input both clients were given. */
  readonly input: Readonly<Record<string, unknown>>;
  /** Operation, aspect and path with list positions folded: one bug, one fingerprint. */
  readonly fingerprint: string;
}

export function fingerprintOf(operation: string, aspect: string, path: string): string {
  return `${operation}|${aspect}|${path.replace(/\.\d+(?=\.|$)/g, ".*")}`;
}
